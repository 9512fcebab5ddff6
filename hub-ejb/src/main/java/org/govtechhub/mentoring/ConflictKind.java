package org.govtechhub.mentoring;

/** Why a mentor may not mentor a startup. AUTOMATIC: the mentor belongs to the startup itself. */
public enum ConflictKind {
    INVESTOR, FORMER_EMPLOYER_OR_EMPLOYEE, FAMILY, BUSINESS_PARTNER, OTHER, AUTOMATIC
}
