package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.ImpactFigures;
import org.govtechhub.cohort.ImpactService;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.shared.ReportTable;

import java.util.List;

/**
 * cohorts/manage/impact.xhtml?cohort= or ?programme=: the impact report of a cohort or of a programme (headline
 * figures, outcomes per innovation stage with a chart, CSV/XLSX exports); without either, the cohorts to choose from.
 */
@Named
@RequestScoped
public class ImpactBacking {

    @EJB
    private ImpactService impact;

    @EJB
    private ProgrammeService programmes;

    private Long cohort;
    private Long programme;
    private ImpactFigures figures;
    private List<ReportTable> tables;
    private List<Cohort> cohorts;

    /** Opens the report; an unknown cohort or programme is "not found" (404). */
    public void load() {
        if (cohort != null) {
            figures = impact.cohortFigures(cohort);
        } else if (programme != null) {
            figures = impact.programmeFigures(programme);
        }
        tables = figures == null ? List.of() : figures.tables();
    }

    public boolean isCohortReport() {
        return figures != null && figures.scope() == ImpactFigures.Scope.COHORT;
    }

    /** Where the tables are exported: {@code /cohorts/manage/impact/cohort/12} + .csv or .xlsx. */
    public String getExport() {
        return figures == null ? "" : "/cohorts/manage/impact/" + (isCohortReport() ? "cohort/" : "programme/") + figures.id();
    }

    /** The same figures as open data (JSON). */
    public String getOpenData() {
        return figures == null ? "" : "/api/impact/" + (isCohortReport() ? "cohorts/" : "programmes/") + figures.id();
    }

    /** Every cohort by programme, to choose a report from. */
    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = programmes.allCohorts();
        }
        return cohorts;
    }

    public ImpactFigures getFigures() {
        return figures;
    }

    /** The report's cohort or programme id (Jakarta EL 5 does not read record components as properties). */
    public Long getScopeId() {
        return figures == null ? null : figures.id();
    }

    /** The cohort's or the programme's name. */
    public String getScopeName() {
        return figures == null ? null : figures.name();
    }

    public String getProgrammeName() {
        return figures == null ? null : figures.programme();
    }

    public List<ReportTable> getTables() {
        return tables;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }
}
