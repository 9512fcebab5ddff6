package org.govtechhub.funnel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.Actor;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.shared.ReportTable.Column;
import org.govtechhub.shared.ReportTable.Label;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funnel's use cases. Every context reports its steps through {@link #record}, in its own transaction; managers
 * read the funnel's figures ({@link #report}), the initiatives at a stage and one initiative's timeline.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
public class FunnelService extends CrudService<Initiative> {

    private static final FunnelStage[] STAGES = FunnelStage.values();

    public FunnelService() {
        super(Initiative.class);
    }

    /**
     * Takes one step into the funnel: into every initiative that already holds its reference or the one it came from;
     * an instrument with neither starts an initiative of its own at the step's stage. Returns the initiatives moved or
     * touched.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public List<Initiative> record(FunnelStep step) {
        checkRef(step.ref());
        Set<Initiative> targets = new LinkedHashSet<>(withRef(step.ref()));
        if (step.from() != null) {
            targets.addAll(withRef(step.from()));
        }
        Organisation department = CrudService.findById(em, Organisation.class, step.departmentId()).orElse(null);
        String actor = Actor.current();
        LocalDateTime now = Clock.now();
        if (targets.isEmpty()) {
            Initiative started = new Initiative(step, department, actor, now);
            em.persist(started);
            return List.of(started);
        }
        for (Initiative initiative : targets) {
            initiative.take(step, department, actor, now);
        }
        return List.copyOf(targets);
    }

    /** The initiatives an instrument's reference belongs to (a challenge made of two ideas belongs to both). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public List<Initiative> withRef(String ref) {
        return em.createNamedQuery("Initiative.withRef", Initiative.class).setParameter("ref", ref).getResultList();
    }

    /** One initiative with its timeline; an unknown id is "not found". */
    public Initiative timeline(Long id) {
        Initiative initiative = get(id);
        initiative.getTransitions().size();
        return initiative;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public List<Initiative> page(FunnelFilter filter, FunnelStage stage, int first, int max) {
        return filtered(em.createNamedQuery("Initiative.page", Initiative.class), filter).setParameter("stage", stage)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public long count(FunnelFilter filter, FunnelStage stage) {
        return filtered(em.createNamedQuery("Initiative.count", Long.class), filter).setParameter("stage", stage).getSingleResult();
    }

    /** The years initiatives started in, newest first. */
    public List<Integer> years() {
        return em.createNamedQuery("Initiative.years", Integer.class).getResultList();
    }

    /** How many initiatives reached each stage, under {@code filter}: one aggregated query. */
    @PermitAll
    public Map<FunnelStage, Long> reached(FunnelFilter filter) {
        return new FunnelTally(filtered(em.createNamedQuery("Initiative.countByStages", Object[].class), filter).getResultList(), 0).reached();
    }

    /**
     * The funnel's report: per stage, how many initiatives reached it, how many went on to the next, the conversion
     * and the mean days spent in it; then the same reach per year, per department and per programme, all under the same filter. Five aggregated
     * queries whatever the data.
     */
    public List<ReportTable> report(FunnelFilter filter) {
        FunnelTally all = new FunnelTally(filtered(em.createNamedQuery("Initiative.countByStages", Object[].class), filter).getResultList(), 0);
        Map<FunnelStage, Double> days = new EnumMap<>(FunnelStage.class);
        for (Object[] row : filtered(em.createNamedQuery("StageTransition.timeInStage", Object[].class), filter).getResultList()) {
            days.put((FunnelStage) row[0], row[1] == null ? null : ((Number) row[1]).doubleValue() / 86_400);
        }
        List<List<Object>> rows = new ArrayList<>();
        Map<FunnelStage, Long> reached = all.reached();
        Map<FunnelStage, Long> converted = all.converted();
        for (FunnelStage stage : STAGES) {
            long in = reached.get(stage);
            boolean last = stage.ordinal() == STAGES.length - 1;
            Object next = last ? "" : converted.get(stage);
            Object rate = last || in == 0 ? "" : Math.round(1000.0 * converted.get(stage) / in) / 10.0;
            Double d = days.get(stage);
            rows.add(List.of(new Label("funnel.stage." + stage), in, next, rate, d == null ? "" : Math.round(d * 10) / 10.0));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("funnel", List.of(Column.key("funnel_report.stage"), Column.key("funnel_report.reached"),
                Column.key("funnel_report.wentOn"), Column.key("funnel_report.conversion"), Column.key("funnel_report.daysInStage")), rows));
        tables.add(byGroup("byYear", "funnel_report.year", filtered(em.createNamedQuery("Initiative.countByYear", Object[].class), filter).getResultList()));
        tables.add(byGroup("byDepartment", "funnel_report.department",
                filtered(em.createNamedQuery("Initiative.countByDepartment", Object[].class), filter).getResultList()));
        tables.add(byGroup("byProgramme", "funnel_report.programme",
                filtered(em.createNamedQuery("Initiative.countByProgramme", Object[].class), filter).getResultList()));
        return tables;
    }

    /** Rows of (group, start stage, furthest stage, count) as one row per group with its reach at every stage. */
    private static ReportTable byGroup(String id, String groupKey, List<Object[]> result) {
        Map<Object, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : result) {
            groups.computeIfAbsent(row[0], g -> new ArrayList<>()).add(row);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.key(groupKey));
        for (FunnelStage stage : STAGES) {
            columns.add(Column.key("funnel.stage." + stage));
        }
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((group, counts) -> {
            List<Object> row = new ArrayList<>();
            row.add(group);
            new FunnelTally(counts, 1).reached().values().forEach(row::add);
            rows.add(row);
        });
        return new ReportTable(id, columns, rows);
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, FunnelFilter filter) {
        return query.setParameter("year", filter.year()).setParameter("department", filter.departmentId())
                .setParameter("programme", filter.programmeId());
    }

    /** An initiative's reference must name a kind and an id; anything else is refused before it reaches the database. */
    static void checkRef(String ref) {
        if (ref == null || !ref.matches("[a-z][a-z-]{1,40}:[0-9]{1,18}")) {
            throw new BusinessException("funnel.badRef", String.valueOf(ref));
        }
    }
}
