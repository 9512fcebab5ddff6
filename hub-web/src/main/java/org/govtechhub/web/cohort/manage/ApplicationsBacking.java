package org.govtechhub.web.cohort.manage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationDocument;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.EligibilityResult;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.EligibilityResult.RuleCheck;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cohorts/manage/applications.xhtml?cohort=…: a cohort's selection funnel (chart, table, CSV/XLSX) and its submitted
 * applications, filtered by status, twenty a page; per application the funnel steps open from its status
 * (shortlist, pitched, accept, waitlist, reject) and, while it is screened, overriding the automatic eligibility
 * outcome with a reason.
 */
@Named
@ViewScoped
public class ApplicationsBacking extends CohortManagerPage {

    private static final long serialVersionUID = 1L;

    /** The steps taken here; withdrawing is the startup's, and eligibility changes only by an override. */
    private static final Set<ApplicationStatus> NOT_MOVED_HERE = EnumSet.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.ELIGIBLE,
            ApplicationStatus.INELIGIBLE);

    @EJB
    private ApplicationService applications;


    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private ApplicationStatus status;
    private ReportTable funnel;
    private CohortApplications model;
    private final Map<Long, String> reasons = new HashMap<>();
    private transient Map<Long, List<ApplicationDocument>> documents;
    private transient Map<Long, EligibilityResult> eligibility;

    @PostConstruct
    void init() {
        model = new CohortApplications();
    }

    /** Opens the cohort; an unknown id is "not found" (404). */
    public void load() {
        Cohort cohort = openCohort();
        funnel = applications.funnel(cohort);
    }

    /** Shows the applications of the chosen status (or all) from the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("applications:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** One step through the funnel; a refused one (a full cohort, say) is told with its reason. */
    public void move(Application application, ApplicationStatus next) {
        Application moved = applications.move(application.getId(), next);
        funnel = applications.funnel(getCohort());
        messages.info("cohort_applications.moved", moved.getStartup().getName(), moved.getChallenge().getTitle(), moved.getStatus());
    }

    /** An accepted startup goes on from the pre-accelerator to the accelerator, within the challenge's limit there. */
    public void advance(Application application) {
        Application advanced = applications.advanceToAccelerator(application.getId());
        messages.info("cohort_applications.advanced", advanced.getStartup().getName());
    }

    /** Whether the cohort has a pre-accelerator followed by an accelerator, so accepted startups may go on. */
    public boolean isTwoPhases() {
        return getCohort().phase(PhaseKind.PRE_ACCELERATOR).isPresent() && getCohort().phase(PhaseKind.ACCELERATOR).isPresent();
    }

    /** Overrides the automatic eligibility outcome, with the reason typed in the application's row. */
    public void override(Application application, boolean eligible) {
        Application decided = applications.overrideEligibility(application.getId(), eligible, reasons.get(application.getId()), user.email());
        reasons.remove(application.getId());
        funnel = applications.funnel(getCohort());
        messages.info("cohort_applications.overridden", decided.getStartup().getName(), decided.getStatus());
    }

    /** The funnel steps offered on this page, in funnel order: one button each where the status allows it. */
    public List<ApplicationStatus> getSteps() {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT && s != ApplicationStatus.SUBMITTED)
                .filter(s -> !NOT_MOVED_HERE.contains(s)).toList();
    }

    /** Whether the application can take this step from its status here. */
    public boolean canMove(Application application, ApplicationStatus next) {
        return !NOT_MOVED_HERE.contains(next) && application.getStatus().next().contains(next);
    }

    /** Whether the application is screened, so its eligibility outcome may be overridden. */
    public boolean isScreened(Application application) {
        return application.getStatus() == ApplicationStatus.ELIGIBLE || application.getStatus() == ApplicationStatus.INELIGIBLE;
    }

    /** The statuses a manager filters by (drafts are the startups' own and never listed). */
    public List<ApplicationStatus> getStatuses() {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList();
    }

    /** The application's documents, read with the rest of its page. */
    public List<ApplicationDocument> documents(Application application) {
        return documents == null ? List.of() : documents.getOrDefault(application.getId(), List.of());
    }

    /** The application's eligibility check rule by rule, or null when it cannot be checked; read with its page. */
    public EligibilityResult eligibility(Application application) {
        return eligibility == null ? null : eligibility.get(application.getId());
    }

    /** The rule's explanation in the page's language. */
    public String explanation(RuleCheck check) {
        return Messages.format(FacesContext.getCurrentInstance(), check.messageKey(), check.params());
    }

    public List<ReportTable> getTables() {
        return funnel == null ? List.of() : List.of(funnel);
    }




    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public LazyDataModel<Application> getModel() {
        return model;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** One page of the cohort's applications of the chosen status at a time, as the service finds them. */
    private final class CohortApplications extends LazyDataModel<Application> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.countOfCohort(getCohort(), status);
        }

        @Override
        public List<Application> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Application> page = applications.ofCohort(getCohort(), status, first, pageSize);
            documents = applications.documentsOf(page);
            eligibility = applications.eligibilityOf(page);
            return page;
        }

        @Override
        public String getRowKey(Application application) {
            return String.valueOf(application.getId());
        }

        @Override
        public Application getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(a -> rowKey.equals(getRowKey(a))).findFirst().orElse(null);
        }
    }
}
