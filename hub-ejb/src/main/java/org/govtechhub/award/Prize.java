package org.govtechhub.award;

/** What an entry won: a nomination's prize, or the jury's special prize by recorded chair decision. */
public enum Prize {
    WINNER, SPECIAL
}
