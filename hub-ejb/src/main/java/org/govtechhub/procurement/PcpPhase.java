package org.govtechhub.procurement;

/** The three phases of a pre-commercial procurement, in order; each is entered through a stage gate. */
public enum PcpPhase {
    SOLUTION_EXPLORATION, PROTOTYPE, ORIGINAL_DEVELOPMENT_AND_TEST_SERIES;

    /** 1 for the first phase: also the number of the evaluation round that judges its gate. */
    public int number() {
        return ordinal() + 1;
    }

    public static PcpPhase ofNumber(int number) {
        return values()[number - 1];
    }
}
