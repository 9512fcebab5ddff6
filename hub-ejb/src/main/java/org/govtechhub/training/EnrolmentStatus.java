package org.govtechhub.training;

/** Where an enrolment stands. Active ones hold a seat, a place in line, or wait for the line manager. */
public enum EnrolmentStatus {
    PENDING_APPROVAL, ENROLLED, WAITLISTED, DECLINED, CANCELLED, COMPLETED;

    public boolean isActive() {
        return this == PENDING_APPROVAL || this == ENROLLED || this == WAITLISTED;
    }
}
