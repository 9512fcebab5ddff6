package org.govtechhub.web.funnel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.cohort.Programme;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.funnel.FunnelFilter;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.Initiative;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * funnel/report.xhtml?year=&amp;department=&amp;programme=&amp;stage=: the innovation funnel's figures (reach, conversion, time
 * in stage; per year, department and programme) with its chart and exports, and the initiatives, newest move first.
 */
@Named
@ViewScoped
public class FunnelReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FunnelService funnel;

    @EJB
    private OrganisationService organisations;

    @EJB
    private ProgrammeService programmes;

    private int year;
    private Long department;
    private Long programme;
    private FunnelStage stage;
    private transient List<ReportTable> tables;
    private PagedModel<Initiative> initiatives;

    @PostConstruct
    void init() {
        initiatives = new PagedModel<>(() -> funnel.count(filter(), stage), (first, max) -> funnel.page(filter(), stage, first, max));
    }

    /** Shows the chosen figures, with the choice in the address so it can be shared. */
    public String show() {
        return "/funnel/report?faces-redirect=true&includeViewParams=true";
    }

    public List<ReportTable> getTables() {
        if (tables == null) {
            tables = funnel.report(filter());
        }
        return tables;
    }

    /** The chart's text alternative: each stage's reach. */
    public String getChartSummary() {
        ReportTable first = getTables().get(0);
        return first.rows().stream().map(r -> r.get(1).toString()).collect(Collectors.joining(" → "));
    }

    /** Where the tables are exported, for the same choice (+ .csv or .xlsx). */
    public String getExport() {
        return FunnelExportServlet.path(filter());
    }

    public FunnelFilter filter() {
        return new FunnelFilter(year, department, programme);
    }

    public List<Integer> getYears() {
        return funnel.years();
    }

    public List<Organisation> getDepartments() {
        return organisations.active(OrganisationKind.DEPARTMENT);
    }

    public List<Programme> getProgrammes() {
        return programmes.programmes();
    }

    public FunnelStage[] getStages() {
        return FunnelStage.values();
    }

    public LazyDataModel<Initiative> getInitiatives() {
        return initiatives;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public FunnelStage getStage() {
        return stage;
    }

    public void setStage(FunnelStage stage) {
        this.stage = stage;
    }
}
