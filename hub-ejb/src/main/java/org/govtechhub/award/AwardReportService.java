package org.govtechhub.award;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JurorStatistics;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.shared.ReportTable.Column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables of a round that pages, charts and CSV/XLSX exports render: the ranking with raw and normalised
 * scores, the full matrix of every juror's scores per entry and criterion, and each juror's score distribution
 * (harsh and lenient jurors show in their means).
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class AwardReportService {

    /** The lower bounds of the weighted-total bands of a juror's distribution. */
    static final double[] BANDS = {1, 3, 5, 7, 9};

    @EJB
    private AwardService awards;

    @EJB
    private EntryService entries;

    @EJB
    private JudgingService judging;

    @EJB
    private JuryService jury;

    /** The round's tables; empty while the round does not exist. */
    public List<ReportTable> tables(Long editionId, int number) {
        AwardEdition edition = awards.get(editionId);
        return judging.round(edition, number).map(round -> tables(edition, round)).orElse(List.of());
    }

    private List<ReportTable> tables(AwardEdition edition, EvaluationRound round) {
        Map<Long, AwardEntry> byId = entries.entriesOf(edition).stream().collect(Collectors.toMap(AwardEntry::getId, Function.identity()));
        List<Scoresheet> submitted = jury.sheets(round).stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED && round.includes(s.getSubjectId())).toList();
        return List.of(ranking(round, byId, submitted), matrix(round, byId, submitted), jurors(round, submitted));
    }

    private ReportTable ranking(EvaluationRound round, Map<Long, AwardEntry> byId, List<Scoresheet> submitted) {
        Map<Long, List<Double>> totals = new HashMap<>();
        submitted.forEach(s -> totals.computeIfAbsent(s.getSubjectId(), k -> new ArrayList<>()).add(s.weightedTotal()));
        List<List<Object>> rows = new ArrayList<>();
        for (RankedEntry ranked : jury.ranking(round)) {
            AwardEntry entry = byId.get(ranked.entryId());
            double rawMean = totals.getOrDefault(ranked.entryId(), List.of()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
            rows.add(List.of(ranked.rank(), entry.getTitle(), entry.getNomination().getName(), entry.entrantName(), ranked.jurorCount(),
                    decimal(rawMean, 2), decimal(ranked.rawMedian(), 2), decimal(ranked.normalisedScore(), 2), decimal(ranked.meanZ(), 3),
                    ranked.topScores()));
        }
        return new ReportTable("ranking", List.of(Column.key("award_report.rank"), Column.key("award.entry"), Column.key("award.nomination"),
                Column.key("award.entrant"), Column.key("award_report.jurors"), Column.key("award_report.rawMean"),
                Column.key("award_report.rawMedian"), Column.key("award_report.normalised"), Column.key("award_report.meanZ"),
                Column.key("award_report.topScores")), rows);
    }

    private ReportTable matrix(EvaluationRound round, Map<Long, AwardEntry> byId, List<Scoresheet> submitted) {
        List<Column> columns = new ArrayList<>(List.of(Column.key("award.entry"), Column.key("award.nomination"), Column.key("award.juror")));
        round.getCriteria().forEach(c -> columns.add(Column.of(c.getName() + " (" + c.getWeight() + " %)", "award_report.score")));
        columns.add(Column.key("award_report.weightedTotal"));
        List<List<Object>> rows = new ArrayList<>();
        submitted.stream().sorted(Comparator.comparing(Scoresheet::getSubjectId).thenComparing(s -> s.getJuror().getFullName()))
                .forEach(sheet -> {
                    AwardEntry entry = byId.get(sheet.getSubjectId());
                    List<Object> row = new ArrayList<>(List.of(entry.getTitle(), entry.getNomination().getName(), sheet.getJuror().getFullName()));
                    for (RoundCriterion criterion : round.getCriteria()) {
                        row.add(sheet.score(criterion.getCode()).map(s -> (Object) s.getScore()).orElse(""));
                    }
                    row.add(decimal(sheet.weightedTotal(), 2));
                    rows.add(row);
                });
        return new ReportTable("matrix", columns, rows);
    }

    private ReportTable jurors(EvaluationRound round, List<Scoresheet> submitted) {
        Map<Long, JurorStatistics> statistics = jury.jurorStatistics(round);
        Map<Person, List<Double>> totals = new TreeMap<>(Comparator.comparing(Person::getFullName).thenComparing(Person::getId));
        submitted.forEach(s -> totals.computeIfAbsent(s.getJuror(), k -> new ArrayList<>()).add(s.weightedTotal()));
        List<List<Object>> rows = new ArrayList<>();
        totals.forEach((juror, values) -> {
            JurorStatistics stats = statistics.get(juror.getId());
            List<Object> row = new ArrayList<>(List.of(juror.getFullName(), values.size(), decimal(stats.mean(), 2), decimal(stats.sigma(), 2),
                    decimal(values.stream().mapToDouble(Double::doubleValue).min().orElse(0), 2),
                    decimal(values.stream().mapToDouble(Double::doubleValue).max().orElse(0), 2)));
            for (int b = 0; b < BANDS.length; b++) {
                double low = BANDS[b];
                double high = b + 1 < BANDS.length ? BANDS[b + 1] : Double.MAX_VALUE;
                row.add(values.stream().filter(v -> v >= low && v < high).count());
            }
            rows.add(row);
        });
        return new ReportTable("jurors", List.of(Column.key("award.juror"), Column.key("award_report.scored"), Column.key("award_report.mean"),
                Column.key("award_report.sigma"), Column.key("award_report.min"), Column.key("award_report.max"),
                Column.key("award_report.band1"), Column.key("award_report.band3"), Column.key("award_report.band5"),
                Column.key("award_report.band7"), Column.key("award_report.band9")), rows);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
