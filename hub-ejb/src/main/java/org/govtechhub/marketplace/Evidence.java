package org.govtechhub.marketplace;

/** Why a solution may be listed: a completed pilot (a cohort outcome) or a program manager's accreditation. */
public enum Evidence {
    PROVEN, ACCREDITED
}
