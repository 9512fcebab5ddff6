package org.govtechhub.marketplace;

/**
 * The fixed accreditation checklist. A program manager ticks each criterion the solution meets with a note saying how
 * it was checked; the required ones must all be ticked.
 */
public enum AccreditationCriterion {
    SECURITY_CERTIFICATION(true),
    DATA_PROTECTION(true),
    ACCESSIBILITY(true),
    SERVICE_LEVEL(true),
    EXIT_PLAN(true),
    INTEROPERABILITY(false),
    REFERENCE_CUSTOMER(false);

    private final boolean required;

    AccreditationCriterion(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
