package org.govtechhub.marketplace;

import java.util.EnumSet;
import java.util.Set;

/**
 * A department's request for a solution: NEW → QUALIFIED → PROPOSAL → CONTRACTED → LIVE, or DECLINED (with a reason)
 * from any open step. Each step says who may take it: the startup qualifies, proposes, contracts and goes live; a
 * program manager may qualify, contract and decline too.
 */
public enum RequestStatus {
    NEW, QUALIFIED, PROPOSAL, CONTRACTED, LIVE, DECLINED;

    /** The steps that may follow this one. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(QUALIFIED, DECLINED);
            case QUALIFIED -> EnumSet.of(PROPOSAL, DECLINED);
            case PROPOSAL -> EnumSet.of(CONTRACTED, DECLINED);
            case CONTRACTED -> EnumSet.of(LIVE, DECLINED);
            case LIVE, DECLINED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** Who may move a request into this step. */
    public Set<RequestActor> takenBy() {
        return switch (this) {
            case QUALIFIED, CONTRACTED, DECLINED -> EnumSet.of(RequestActor.STARTUP, RequestActor.MANAGER);
            case PROPOSAL, LIVE -> EnumSet.of(RequestActor.STARTUP);
            case NEW -> EnumSet.noneOf(RequestActor.class);
        };
    }

    public boolean isOpen() {
        return this != LIVE && this != DECLINED;
    }
}
