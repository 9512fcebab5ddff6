package org.govtechhub.funnel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of initiatives by (start stage, furthest stage), from the columns at {@code offset} of each row. */
record FunnelTally(List<Object[]> rows, int offset) {

    Map<FunnelStage, Long> reached() {
        Map<FunnelStage, Long> reached = zeros();
        for (Object[] row : rows) {
            FunnelStage start = (FunnelStage) row[offset];
            FunnelStage furthest = (FunnelStage) row[offset + 1];
            for (FunnelStage s = start; s != null && !furthest.isBefore(s); s = next(s)) {
                reached.merge(s, (Long) row[offset + 2], Long::sum);
            }
        }
        return reached;
    }

    /** Per stage, how many of those that reached it went on to the next one. */
    Map<FunnelStage, Long> converted() {
        Map<FunnelStage, Long> converted = zeros();
        for (Object[] row : rows) {
            FunnelStage start = (FunnelStage) row[offset];
            FunnelStage furthest = (FunnelStage) row[offset + 1];
            for (FunnelStage s = start; s != null && s.isBefore(furthest); s = next(s)) {
                converted.merge(s, (Long) row[offset + 2], Long::sum);
            }
        }
        return converted;
    }

    private static Map<FunnelStage, Long> zeros() {
        Map<FunnelStage, Long> zeros = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            zeros.put(stage, 0L);
        }
        return zeros;
    }

    private static FunnelStage next(FunnelStage s) {
        return s.ordinal() + 1 < FunnelStage.values().length ? FunnelStage.values()[s.ordinal() + 1] : null;
    }
}
