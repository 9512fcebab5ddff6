package org.govtechhub.cohort;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The selection funnel: submitted → eligible / ineligible → shortlisted → pitched → accepted / waitlisted / rejected.
 * A draft is submitted or withdrawn; a submitted application may be withdrawn until a decision; a waitlisted one may
 * still be accepted; an eligibility override may move ineligible to eligible and back.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE, SHORTLISTED, PITCHED, ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(ELIGIBLE, INELIGIBLE, WITHDRAWN),
            ELIGIBLE, EnumSet.of(INELIGIBLE, SHORTLISTED, REJECTED, WITHDRAWN),
            INELIGIBLE, EnumSet.of(ELIGIBLE),
            SHORTLISTED, EnumSet.of(PITCHED, REJECTED, WITHDRAWN),
            PITCHED, EnumSet.of(ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN),
            WAITLISTED, EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN),
            ACCEPTED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    /**
     * The funnel stage an application has reached once it is in this status: submitted, eligible, shortlisted,
     * pitched (also when waitlisted after the pitch) or accepted; null where the status says nothing of it (draft,
     * rejected, withdrawn keep the stage reached before).
     */
    public ApplicationStatus stage() {
        return switch (this) {
            case SUBMITTED, INELIGIBLE -> SUBMITTED;
            case ELIGIBLE -> ELIGIBLE;
            case SHORTLISTED -> SHORTLISTED;
            case PITCHED, WAITLISTED -> PITCHED;
            case ACCEPTED -> ACCEPTED;
            default -> null;
        };
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses reachable from this one, in funnel order. */
    public Set<ApplicationStatus> next() {
        return EnumSet.copyOf(NEXT.get(this).isEmpty() ? EnumSet.noneOf(ApplicationStatus.class) : NEXT.get(this));
    }
}
