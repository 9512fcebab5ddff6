package org.govtechhub.incubator;

/** The public field a project serves. */
public enum Sector {
    CIVIC_PARTICIPATION, EMERGENCY_RELIEF, TRANSPARENCY, TRANSPORT, ACCESSIBILITY, LEGAL, PUBLIC_SERVICES,
    CIVIL_SERVICE, HEALTH, EDUCATION, HOUSING, ENVIRONMENT
}
