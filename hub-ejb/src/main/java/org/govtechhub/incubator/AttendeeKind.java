package org.govtechhub.incubator;

/** Who a participant is, as attendance is reported: officials of the authorities, experts, projects' teams, others. */
public enum AttendeeKind {
    OFFICIAL, EXPERT, PROJECT_TEAM, OTHER
}
