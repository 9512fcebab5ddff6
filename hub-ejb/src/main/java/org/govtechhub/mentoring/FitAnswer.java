package org.govtechhub.mentoring;

/** After the first session both sides say how the pairing feels; "still deciding" is asked again after the next one. */
public enum FitAnswer {
    GOOD_FIT, STILL_DECIDING, NOT_A_GOOD_FIT
}
