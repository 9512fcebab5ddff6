package org.govtechhub.evaluation;

import org.govtechhub.mentoring.Assignment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jury assignment on the exact solver: R distinct jurors per entry, no conflict, the smallest balanced load, best affinity. */
class JuryAssignmentTest {

    @Test
    void fortyEntriesEightJurorsThreeEachAndOneConflictPerJurorGiveFifteenEntriesToEveryJuror() {
        int entries = 40;
        int jurors = 8;
        int[] want = new int[entries];
        Arrays.fill(want, 3);
        boolean[][] forbidden = new boolean[entries][jurors];
        for (int j = 0; j < jurors; j++) {
            forbidden[j * 5][j] = true;
        }
        JuryAssignment.Result result = JuryAssignment.solve(want, jurors, 20, forbidden, (e, j) -> (e * 7 + j * 13) % 101);

        assertTrue(result.servesEveryEntry());
        assertEquals(15, result.capacity(), "120 slots over 8 jurors: 15 each, the least possible");
        int[] load = new int[jurors];
        Set<String> pairs = new HashSet<>();
        for (Assignment a : result.matching().assignments()) {
            assertFalse(forbidden[a.startup()][a.mentor()], "no conflicted pair");
            assertTrue(pairs.add(a.startup() + "/" + a.mentor()), "distinct jurors per entry");
            load[a.mentor()]++;
        }
        assertEquals(120, pairs.size());
        assertTrue(Arrays.stream(load).allMatch(l -> l == 15), Arrays.toString(load));
        assertTrue(result.matching().certifyOptimal());
    }

    @Test
    void withoutConflictsNoJurorIsLeftIdleWhileOthersAreFull() {
        // the affinity optimum alone, under the smallest cap (5), would give six jurors 5 entries and the seventh none
        for (int[] size : new int[][] {{10, 7}, {11, 4}, {13, 6}}) {
            int[] want = new int[size[0]];
            Arrays.fill(want, 3);
            JuryAssignment.Result result = JuryAssignment.solve(want, size[1], 50, new boolean[size[0]][size[1]], (e, j) -> (e + 1) * (j + 1) % 37);
            int[] load = new int[size[1]];
            result.matching().assignments().forEach(a -> load[a.mentor()]++);
            assertTrue(result.servesEveryEntry());
            assertTrue(Arrays.stream(load).max().getAsInt() - Arrays.stream(load).min().getAsInt() <= 1, Arrays.toString(load));
            assertTrue(result.matching().certifyOptimal());
        }
    }

    @Test
    void theLoadGrowsOnlyAsFarAsConflictsForceIt() {
        // 4 entries want 2 of 3 jurors: 8 slots would need 3 per juror, but juror 0 is conflicted with entries 1-3, so jurors 1 and 2
        // must judge entries 1-3 (3 each) and entry 0 needs one of them besides juror 0: the least possible busiest load is 4.
        int[] want = {2, 2, 2, 2};
        boolean[][] forbidden = {{false, false, false}, {true, false, false}, {true, false, false}, {true, false, false}};
        JuryAssignment.Result result = JuryAssignment.solve(want, 3, 5, forbidden, (e, j) -> 50);
        assertTrue(result.servesEveryEntry());
        assertEquals(4, result.capacity());
        assertEquals(8, result.matching().assignedSlots());
    }

    @Test
    void whenTheLimitIsTooSmallTheEntriesGetWhatThereIsAndTheShortfallShows() {
        int[] want = {3, 3, 3};
        JuryAssignment.Result result = JuryAssignment.solve(want, 3, 2, new boolean[3][3], (e, j) -> 10);
        assertFalse(result.servesEveryEntry());
        assertEquals(2, result.capacity());
        assertEquals(6, result.matching().assignedSlots(), "every juror at the limit of 2");
    }

    @Test
    void withinTheBalancedLoadTheExpertiseFitsBest() {
        // two entries, two jurors, one juror each: the data expert gets the data entry
        int[][] affinity = {{100, 0}, {0, 100}};
        JuryAssignment.Result result = JuryAssignment.solve(new int[] {1, 1}, 2, 2, new boolean[2][2], (e, j) -> affinity[e][j]);
        assertEquals(200, result.matching().totalScore());
        assertEquals(1, result.capacity());
    }
}
