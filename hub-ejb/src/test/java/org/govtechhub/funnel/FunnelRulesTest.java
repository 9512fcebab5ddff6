package org.govtechhub.funnel;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.govtechhub.funnel.FunnelStage.ADOPTION;
import static org.govtechhub.funnel.FunnelStage.APPLICATION;
import static org.govtechhub.funnel.FunnelStage.CHALLENGE;
import static org.govtechhub.funnel.FunnelStage.CONTRACT;
import static org.govtechhub.funnel.FunnelStage.IDEA;
import static org.govtechhub.funnel.FunnelStage.PILOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen's idea on its way through the funnel: it becomes a department's challenge, startups apply, one pilots it
 * and wins a contract. The initiative only moves forward, keeps every instrument's reference, and counts the time it
 * spent in each stage; the funnel's figures count those that passed through a stage, not those that skipped it.
 */
class FunnelRulesTest {

    private static final LocalDateTime MARCH = LocalDateTime.of(2027, 3, 1, 9, 0);

    private Initiative anIdea() {
        return new Initiative(FunnelStep.of("idea:5", IDEA, "Benches at the bus stops of Tverskaya").because("published"), null,
                "citizen@example.org", MARCH);
    }

    @Test
    void anIdeaTurnedIntoAChallengeMovesOnAndCountsItsDaysAsAnIdea() {
        Initiative initiative = anIdea();
        var moved = initiative.take(FunnelStep.of("challenge:7", CHALLENGE, "Comfortable bus stops").from("idea:5")
                .programme(3L, "Moscow GovTech 2027").because("turned into a challenge"), null, "department@example.org", MARCH.plusDays(12));

        assertTrue(moved.isPresent());
        assertEquals(CHALLENGE, initiative.getStage());
        assertEquals(IDEA, moved.get().getFromStage());
        assertEquals(List.of("idea:5", "challenge:7"), List.copyOf(initiative.getRefs()));
        assertEquals(3L, initiative.getProgrammeId());
        StageTransition asIdea = initiative.getTransitions().get(0);
        assertEquals(12L * 86_400, asIdea.getSecondsInStage());
        assertNull(moved.get().getSecondsInStage(), "the current stage has no duration yet");
    }

    @Test
    void aStepAtOrBeforeTheCurrentStageOnlyAddsItsReference() {
        Initiative initiative = anIdea();
        initiative.take(FunnelStep.of("application:12", APPLICATION, "x"), null, "founder@example.org", MARCH.plusDays(30));

        var second = initiative.take(FunnelStep.of("application:13", APPLICATION, "x"), null, "other@example.org", MARCH.plusDays(31));
        var back = initiative.take(FunnelStep.of("challenge:7", CHALLENGE, "x"), null, "department@example.org", MARCH.plusDays(32));

        assertFalse(second.isPresent());
        assertFalse(back.isPresent(), "never back");
        assertEquals(APPLICATION, initiative.getStage());
        assertEquals(2, initiative.getTransitions().size());
        assertTrue(initiative.getRefs().containsAll(List.of("application:13", "challenge:7")));
    }

    @Test
    void aChallengePostedDirectlyDidNotPassThroughTheIdeaStage() {
        Initiative initiative = new Initiative(FunnelStep.of("challenge:9", CHALLENGE, "Snow removal routes"), null, "department@example.org", MARCH);
        initiative.take(FunnelStep.of("outcome:2", PILOT, "x"), null, "manager@example.org", MARCH.plusDays(90));

        assertFalse(initiative.reached(IDEA));
        assertTrue(initiative.reached(CHALLENGE));
        assertTrue(initiative.reached(APPLICATION), "a pilot came through an application, even when none was reported");
        assertTrue(initiative.reached(PILOT));
        assertFalse(initiative.reached(CONTRACT));
    }

    @Test
    void theFiguresCountWhoReachedEachStageAndWhoWentOn() {
        // (start stage, furthest stage, how many): 10 ideas of which 4 became challenges, 1 of them piloted;
        // 6 challenges posted directly, 2 with a contract
        FunnelTally tally = new FunnelTally(List.of(row(IDEA, IDEA, 6), row(IDEA, CHALLENGE, 3), row(IDEA, PILOT, 1),
                row(CHALLENGE, APPLICATION, 4), row(CHALLENGE, CONTRACT, 2)), 0);

        Map<FunnelStage, Long> reached = tally.reached();
        Map<FunnelStage, Long> wentOn = tally.converted();

        assertEquals(Map.of(IDEA, 10L, CHALLENGE, 10L, APPLICATION, 7L, PILOT, 3L, CONTRACT, 2L, ADOPTION, 0L), reached);
        assertEquals(Map.of(IDEA, 4L, CHALLENGE, 7L, APPLICATION, 3L, PILOT, 2L, CONTRACT, 0L, ADOPTION, 0L), wentOn);
    }

    private static Object[] row(FunnelStage start, FunnelStage furthest, long count) {
        return new Object[] {start, furthest, count};
    }
}
