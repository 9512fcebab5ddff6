package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * An accepted startup's key figures for one month: users, revenue, pilots running, jobs. One report per month and
 * application (reporting a month again corrects it); a month that has not begun in the cohort's time zone cannot be
 * reported.
 */
@Entity
@Table(name = "kpi_report")
@NamedQuery(name = "KpiReport.of", query = "SELECT k FROM KpiReport k WHERE k.application = :application ORDER BY k.monthStart DESC")
@NamedQuery(name = "KpiReport.ofMonth", query = "SELECT k FROM KpiReport k WHERE k.application = :application AND k.monthStart = :monthStart")
public class KpiReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @NotNull
    @Column(name = "month_start", updatable = false)
    private LocalDate monthStart;

    @Min(0)
    @Column(name = "users_count")
    private int users;

    @NotNull
    @DecimalMin("0")
    private BigDecimal revenue = BigDecimal.ZERO;

    @Min(0)
    private int pilots;

    @Min(0)
    private int jobs;

    protected KpiReport() {
    }

    /** The report of a month that has begun in the cohort's time zone, for an accepted application. */
    public KpiReport(Application application, YearMonth month, LocalDateTime nowUtc) {
        Outcome.requireAccepted(application);
        if (month == null) {
            throw new BusinessException("cohort.kpi.monthRequired");
        }
        if (month.isAfter(YearMonth.from(application.getChallenge().getCohort().today(nowUtc)))) {
            throw new BusinessException("cohort.kpi.futureMonth", month.toString());
        }
        this.application = application;
        this.monthStart = month.atDay(1);
    }

    /** Sets the month's figures; none may be negative. */
    public void report(int users, BigDecimal revenue, int pilots, int jobs) {
        if (users < 0 || pilots < 0 || jobs < 0 || revenue == null || revenue.signum() < 0) {
            throw new BusinessException("cohort.kpi.negative");
        }
        this.users = users;
        this.revenue = revenue;
        this.pilots = pilots;
        this.jobs = jobs;
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    @Override
    protected String auditSummary() {
        return application.getStartup().getName() + " " + getMonth() + ": users " + users + ", revenue " + revenue + ", pilots " + pilots
                + ", jobs " + jobs;
    }

    public Application getApplication() {
        return application;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public int getUsers() {
        return users;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public int getPilots() {
        return pilots;
    }

    public int getJobs() {
        return jobs;
    }
}
