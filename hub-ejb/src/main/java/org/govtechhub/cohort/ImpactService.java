package org.govtechhub.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.funnel.FunnelFilter;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The impact report of a cohort or of a programme (all its cohorts). Aggregated queries only, never a row per
 * application or outcome: five queries per report (the cohort's or programme's name, which also tells an unknown
 * id; applications and participants; departments; civil servants; outcomes grouped by innovation stage), and for a
 * programme one more: its initiatives' reach in the innovation funnel.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class ImpactService {

    private static final String PUBLISHED = "org.govtechhub.cohort.ChallengeStatus.PUBLISHED";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private FunnelService funnel;

    /** The cohort's report tables: headline figures and outcomes per innovation stage. */
    public List<ReportTable> cohortReport(Long cohortId) {
        return cohortFigures(cohortId).tables();
    }

    /** The programme's report tables, over all its cohorts. */
    public List<ReportTable> programmeReport(Long programmeId) {
        return programmeFigures(programmeId).tables();
    }

    @PermitAll
    public ImpactFigures cohortFigures(Long cohortId) {
        Object[] names = em.createQuery("SELECT c.name, c.programme.name FROM Cohort c WHERE c.id = :id", Object[].class)
                .setParameter("id", cohortId).getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound(cohortId));
        return figures(ImpactFigures.Scope.COHORT, cohortId, (String) names[0], (String) names[1], "cohort.id", Map.of());
    }

    @PermitAll
    public ImpactFigures programmeFigures(Long programmeId) {
        String name = em.createQuery("SELECT p.name FROM Programme p WHERE p.id = :id", String.class)
                .setParameter("id", programmeId).getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound(programmeId));
        return figures(ImpactFigures.Scope.PROGRAMME, programmeId, name, name, "cohort.programme.id",
                funnel.reached(FunnelFilter.ofProgramme(programmeId)));
    }

    /** {@code scope}: the path from a challenge to the id of the cohort or programme. */
    private ImpactFigures figures(ImpactFigures.Scope scope, Long id, String name, String programme, String scopePath,
                                  Map<FunnelStage, Long> initiatives) {
        Object[] applications = em.createQuery("SELECT COUNT(a), SUM(CASE WHEN a.status = org.govtechhub.cohort.ApplicationStatus.ACCEPTED "
                        + "THEN 1 ELSE 0 END) FROM Application a WHERE a.challenge." + scopePath + " = :id "
                        + "AND a.status <> org.govtechhub.cohort.ApplicationStatus.DRAFT", Object[].class)
                .setParameter("id", id).getSingleResult();
        long departments = em.createQuery("SELECT COUNT(DISTINCT ch.department.id) FROM Challenge ch WHERE ch." + scopePath + " = :id "
                        + "AND ch.status = " + PUBLISHED, Long.class)
                .setParameter("id", id).getSingleResult();
        long civilServants = em.createQuery("SELECT COUNT(DISTINCT p.id) FROM Person p JOIN p.roles r WHERE p.organisation.id IN "
                        + "(SELECT ch.department.id FROM Challenge ch WHERE ch." + scopePath + " = :id AND ch.status = " + PUBLISHED + ")", Long.class)
                .setParameter("id", id).getSingleResult();
        Map<InnovationStage, ImpactFigures.StageFigures> byStage = new EnumMap<>(InnovationStage.class);
        for (Object[] row : em.createQuery("SELECT o.stage, COUNT(o), "
                        + "SUM(CASE WHEN o.continuedCooperation = TRUE THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN o.contractSignedOn IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(o.contractValue), SUM(o.investmentRaised), SUM(o.jobsCreated) "
                        + "FROM Outcome o WHERE o.application.challenge." + scopePath + " = :id GROUP BY o.stage", Object[].class)
                .setParameter("id", id).getResultList()) {
            InnovationStage stage = (InnovationStage) row[0];
            byStage.put(stage, new ImpactFigures.StageFigures(stage, count(row[1]), count(row[2]), count(row[3]), (BigDecimal) row[4],
                    (BigDecimal) row[5], count(row[6])));
        }
        List<ImpactFigures.StageFigures> stages = new ArrayList<>();
        for (InnovationStage stage : InnovationStage.values()) {
            stages.add(byStage.getOrDefault(stage, ImpactFigures.StageFigures.none(stage)));
        }
        return new ImpactFigures(scope, id, name, programme, count(applications[0]), count(applications[1]), departments, civilServants, stages, initiatives);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
