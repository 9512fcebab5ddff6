package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.KpiReport;
import org.govtechhub.cohort.Milestone;
import org.govtechhub.cohort.MilestoneService;
import org.govtechhub.cohort.MilestoneStatus;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * cohorts/milestones.xhtml[?application=]: a startup's accepted applications; for the chosen one its milestones (plan,
 * done with evidence, missed, new due date; overdue ones marked) and its monthly KPIs (users, revenue, pilots, jobs).
 */
@Named
@ViewScoped
public class MilestonesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS_OFFERED = 12;

    @EJB
    private MilestoneService milestoneService;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long applicationId;
    private List<Application> accepted = List.of();
    private Application application;
    private List<Milestone> milestones = List.of();
    private List<KpiReport> kpis = List.of();
    private final Map<Long, String> evidence = new HashMap<>();

    private String title;
    private String target;
    private LocalDate dueOn;

    private Milestone moving;
    private LocalDate movedTo;

    private YearMonth month;
    private int users;
    private BigDecimal revenue = BigDecimal.ZERO;
    private int pilots;
    private int jobs;

    /** The startup's accepted applications; a given one that is not its own is "not found" (404). */
    public void load() {
        accepted = milestoneService.myAcceptedApplications(user.email());
        if (applicationId != null) {
            application = milestoneService.acceptedApplication(applicationId, user.email());
        } else if (!accepted.isEmpty()) {
            application = accepted.get(0);
        }
        refresh();
    }

    public void add() {
        Milestone added = milestoneService.add(application.getId(), title, target, dueOn, user.email());
        messages.info("cohort_milestones.added", added.getTitle());
        title = null;
        target = null;
        dueOn = null;
        refresh();
    }

    public void complete(Milestone milestone) {
        Milestone done = milestoneService.complete(milestone.getId(), evidence.get(milestone.getId()), user.email());
        messages.info("cohort_milestones.completed", done.getTitle());
        evidence.remove(milestone.getId());
        refresh();
    }

    public void miss(Milestone milestone) {
        Milestone missed = milestoneService.miss(milestone.getId(), user.email());
        messages.info("cohort_milestones.missed", missed.getTitle());
        refresh();
    }

    public void reschedule() {
        Milestone moved = milestoneService.reschedule(moving == null ? null : moving.getId(), movedTo, user.email());
        messages.info("cohort_milestones.rescheduled", moved.getTitle(), moved.getDueOn());
        moving = null;
        movedTo = null;
        refresh();
    }

    public void reportKpis() {
        KpiReport report = milestoneService.reportKpis(application.getId(), month, users, revenue, pilots, jobs, user.email());
        messages.info("cohort_milestones.kpisReported", report.getMonth().toString());
        refresh();
    }

    /** Not done and past due in the cohort's time zone. */
    public boolean overdue(Milestone milestone) {
        return milestone.isOverdue(Clock.now());
    }

    private void refresh() {
        if (application == null) {
            return;
        }
        milestones = milestoneService.milestones(application.getId(), user.email());
        kpis = milestoneService.kpis(application.getId(), user.email());
        if (month == null) {
            month = YearMonth.from(application.getChallenge().getCohort().today(Clock.now()));
        }
    }

    /** The last twelve months, the current one (in the cohort's time zone) first. */
    public List<YearMonth> getMonths() {
        List<YearMonth> months = new ArrayList<>();
        if (application != null) {
            YearMonth current = YearMonth.from(application.getChallenge().getCohort().today(Clock.now()));
            for (int i = 0; i < MONTHS_OFFERED; i++) {
                months.add(current.minusMonths(i));
            }
        }
        return months;
    }

    /** Milestones that are not done yet, whose date may move. */
    public List<Milestone> getOpenMilestones() {
        return milestones.stream().filter(m -> m.getStatus() != MilestoneStatus.DONE).toList();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public List<Application> getAccepted() {
        return accepted;
    }

    public Application getApplication() {
        return application;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<KpiReport> getKpis() {
        return kpis;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Milestone getMoving() {
        return moving;
    }

    public void setMoving(Milestone moving) {
        this.moving = moving;
    }

    public LocalDate getMovedTo() {
        return movedTo;
    }

    public void setMovedTo(LocalDate movedTo) {
        this.movedTo = movedTo;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public int getUsers() {
        return users;
    }

    public void setUsers(int users) {
        this.users = users;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    public int getPilots() {
        return pilots;
    }

    public void setPilots(int pilots) {
        this.pilots = pilots;
    }

    public int getJobs() {
        return jobs;
    }

    public void setJobs(int jobs) {
        this.jobs = jobs;
    }
}
