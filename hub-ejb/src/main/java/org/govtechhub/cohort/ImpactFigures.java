package org.govtechhub.cohort;

import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.shared.ReportTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The impact of a cohort or of a whole programme in figures: applications, participants (accepted applications),
 * departments with published challenges, civil servants involved (people of those departments with any role), the
 * share of participants that continue cooperating and that signed a contract, total contract value, investment
 * raised, jobs created; and the same outcome figures per innovation stage; for a programme, how many of its initiatives
 * reached each stage of the innovation funnel (empty for a cohort). Plain Java: {@link ImpactService} fills
 * it from aggregated queries; the page, the exports and the open-data API all show it.
 */
public record ImpactFigures(Scope scope, Long id, String name, String programme, long applications, long participants, long departments,
                            long civilServants, List<StageFigures> stages,
                            Map<FunnelStage, Long> funnel) {

    public enum Scope {
        COHORT, PROGRAMME
    }

    /** The outcomes recorded at one innovation stage. */
    public record StageFigures(InnovationStage stage, long participants, long continuing, long withContract, BigDecimal contractValue,
                               BigDecimal investmentRaised, long jobsCreated) {

        public StageFigures {
            contractValue = money(contractValue);
            investmentRaised = money(investmentRaised);
        }

        static StageFigures none(InnovationStage stage) {
            return new StageFigures(stage, 0, 0, 0, null, null, 0);
        }
    }

    public ImpactFigures {
        stages = List.copyOf(stages);
        funnel = Map.copyOf(funnel);
    }

    /** Participants whose cooperation with government continues. */
    public long continuing() {
        return stages.stream().mapToLong(StageFigures::continuing).sum();
    }

    public long withContract() {
        return stages.stream().mapToLong(StageFigures::withContract).sum();
    }

    /** Per cent of participants continuing cooperation, one decimal (0 without participants). */
    public BigDecimal continuingPercent() {
        return percent(continuing(), participants);
    }

    /** Per cent of participants with a signed contract, one decimal (0 without participants). */
    public BigDecimal withContractPercent() {
        return percent(withContract(), participants);
    }

    public BigDecimal contractValue() {
        return stages.stream().map(StageFigures::contractValue).reduce(money(null), BigDecimal::add);
    }

    public BigDecimal investmentRaised() {
        return stages.stream().map(StageFigures::investmentRaised).reduce(money(null), BigDecimal::add);
    }

    public long jobsCreated() {
        return stages.stream().mapToLong(StageFigures::jobsCreated).sum();
    }

    /** Participants whose outcome is not recorded yet (they are in no stage). */
    public long notRecorded() {
        return participants - stages.stream().mapToLong(StageFigures::participants).sum();
    }

    /** The headline figures and the outcomes per innovation stage, as the page, charts and exports show them. */
    public List<ReportTable> tables() {
        List<List<Object>> headline = new ArrayList<>();
        headline.add(row("cohort_impact.applications", applications));
        headline.add(row("cohort_impact.participants", participants));
        headline.add(row("cohort_impact.departments", departments));
        headline.add(row("cohort_impact.civilServants", civilServants));
        headline.add(row("cohort_impact.continuingPercent", continuingPercent()));
        headline.add(row("cohort_impact.withContractPercent", withContractPercent()));
        headline.add(row("cohort_impact.contractValue", contractValue()));
        headline.add(row("cohort_impact.investmentRaised", investmentRaised()));
        headline.add(row("cohort_impact.jobsCreated", jobsCreated()));
        List<List<Object>> byStage = new ArrayList<>();
        for (StageFigures stage : stages) {
            byStage.add(List.of(new ReportTable.Label("InnovationStage." + stage.stage().name()), stage.participants(), stage.continuing(),
                    stage.withContract(), stage.contractValue(), stage.investmentRaised(), stage.jobsCreated()));
        }
        if (notRecorded() > 0) {
            byStage.add(List.of(new ReportTable.Label("cohort_impact.notRecorded"), notRecorded(), 0L, 0L, money(null), money(null), 0L));
        }
        List<ReportTable> tables = new ArrayList<>(List.of(
                new ReportTable("headline", List.of(ReportTable.Column.key("cohort_impact.figure"), ReportTable.Column.key("cohort_impact.value")),
                        headline),
                new ReportTable("stages", List.of(ReportTable.Column.key("cohort_impact.stage"), ReportTable.Column.key("cohort_impact.participants"),
                        ReportTable.Column.key("cohort_impact.continuing"), ReportTable.Column.key("cohort_impact.withContract"),
                        ReportTable.Column.key("cohort_impact.contractValue"), ReportTable.Column.key("cohort_impact.investmentRaised"),
                        ReportTable.Column.key("cohort_impact.jobsCreated")), byStage)));
        if (!funnel.isEmpty()) {
            List<List<Object>> reached = new ArrayList<>();
            for (FunnelStage stage : FunnelStage.values()) {
                reached.add(List.of(new ReportTable.Label("funnel.stage." + stage), funnel.getOrDefault(stage, 0L)));
            }
            tables.add(new ReportTable("funnel", List.of(ReportTable.Column.key("funnel_report.stage"),
                    ReportTable.Column.key("funnel_report.reached")), reached));
        }
        return List.copyOf(tables);
    }

    private static List<Object> row(String key, Object value) {
        return List.of(new ReportTable.Label(key), value);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }
}
