package org.govtechhub.funnel;

/** Which initiatives a funnel report counts: a year they started in (0: every year), a department, a programme (null: all). */
public record FunnelFilter(int year, Long departmentId, Long programmeId) {

    public static final FunnelFilter ALL = new FunnelFilter(0, null, null);

    public static FunnelFilter ofProgramme(Long programmeId) {
        return new FunnelFilter(0, null, programmeId);
    }
}
