package org.govtechhub.cohort;

/** The legal form of a startup's company, as far as eligibility rules care. */
public enum LegalForm {
    PRIVATE_COMPANY,
    PUBLIC_COMPANY,
    SOLE_PROPRIETOR,
    PARTNERSHIP,
    NON_PROFIT,
    OTHER
}
