package org.govtechhub.funnel;

import java.util.Objects;

/**
 * One step an instrument reports to the funnel: its own reference ({@code idea:5}, {@code challenge:7},
 * {@code application:12}, {@code outcome:3}, {@code tender:4}…), the reference it came from (the idea a challenge was
 * made of, the challenge an application answers), the stage it shows the initiative has reached, a title, the
 * department and programme when the instrument knows them, and why.
 */
public record FunnelStep(String ref, String from, FunnelStage stage, String title, Long departmentId, Long programmeId,
                         String programmeName, String reason) {

    public FunnelStep {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(stage, "stage");
    }

    public static FunnelStep of(String ref, FunnelStage stage, String title) {
        return new FunnelStep(ref, null, stage, title, null, null, null, null);
    }

    /** A reference made of a context's kind and an id, e.g. {@code ref("challenge", 7)} = {@code challenge:7}. */
    public static String ref(String kind, Long id) {
        return kind + ":" + id;
    }

    public FunnelStep from(String parentRef) {
        return new FunnelStep(ref, parentRef, stage, title, departmentId, programmeId, programmeName, reason);
    }

    public FunnelStep department(Long id) {
        return new FunnelStep(ref, from, stage, title, id, programmeId, programmeName, reason);
    }

    public FunnelStep programme(Long id, String name) {
        return new FunnelStep(ref, from, stage, title, departmentId, id, name, reason);
    }

    public FunnelStep because(String why) {
        return new FunnelStep(ref, from, stage, title, departmentId, programmeId, programmeName, why);
    }
}
