package org.govtechhub.evaluation;

/**
 * Why a juror may not judge an entry. The two automatic kinds are found by the system (the juror belongs to the
 * entrant's organisation or is on the team); the others are declared with a reason.
 */
public enum ConflictType {
    PERSONAL, PROFESSIONAL, FINANCIAL, OTHER, SAME_ORGANISATION, ON_THE_TEAM;

    public boolean isDeclarable() {
        return this != SAME_ORGANISATION && this != ON_THE_TEAM;
    }
}
