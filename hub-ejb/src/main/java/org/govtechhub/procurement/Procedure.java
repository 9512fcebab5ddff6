package org.govtechhub.procurement;

/** The procurement procedure of an opportunity, as the EU directives name them. */
public enum Procedure {
    OPEN, RESTRICTED, NEGOTIATED, COMPETITIVE_DIALOGUE
}
