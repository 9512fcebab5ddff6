package org.govtechhub.identity;

/** What a person may do in the hub. A person may hold several roles. A citizen registers themselves and brings ideas. */
public enum Role {
    ADMIN, PROGRAM_MANAGER, DEPARTMENT, STARTUP, MENTOR, CIVIL_SERVANT, JUROR, EXPERT, CITIZEN;

    /** Role names as the web layer declares them (kept equal to the enum names). */
    public static final String[] NAMES = {
        "ADMIN", "PROGRAM_MANAGER", "DEPARTMENT", "STARTUP", "MENTOR", "CIVIL_SERVANT", "JUROR", "EXPERT", "CITIZEN"
    };
}
