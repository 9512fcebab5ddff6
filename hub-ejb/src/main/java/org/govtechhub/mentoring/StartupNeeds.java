package org.govtechhub.mentoring;

import org.govtechhub.shared.Tags;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;

/** What a startup wants from mentoring: expertise, its sector, a language, a format, one or two mentors. */
@Entity
@Table(name = "startup_needs")
@NamedQuery(name = "StartupNeeds.ofStartup", query = "SELECT n FROM StartupNeeds n WHERE n.startup.id = :startupId")
@NamedQuery(name = "StartupNeeds.active", query = "SELECT n FROM StartupNeeds n WHERE n.startup.active = TRUE ORDER BY n.startup.name, n.id")
public class StartupNeeds extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne
    @JoinColumn(name = "startup_id", nullable = false, updatable = false)
    private Organisation startup;

    @Column(name = "wanted_expertise")
    private Tags wantedExpertise = Tags.parse("");

    @Size(max = 100)
    private String sector;

    @Size(max = 50)
    private String language;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format")
    private MeetingFormat format = MeetingFormat.EITHER;

    @Min(1)
    @Max(2)
    @Column(name = "mentors_wanted")
    private int mentorsWanted = 1;

    /** The department that may buy the startup's solution (the owner of its challenge). */
    @ManyToOne
    @JoinColumn(name = "customer_department_id")
    private Organisation customerDepartment;

    protected StartupNeeds() {
    }

    public StartupNeeds(Organisation startup) {
        this.startup = startup;
    }

    @Override
    protected String auditSummary() {
        return startup.getName() + " wants " + mentorsWanted;
    }

    public Organisation getStartup() {
        return startup;
    }

    public String getWantedExpertise() {
        return wantedExpertise.toString();
    }

    public void setWantedExpertise(String wantedExpertise) {
        this.wantedExpertise = Tags.parse(wantedExpertise);
    }

    public Tags wantedExpertise() {
        return wantedExpertise;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public Organisation getCustomerDepartment() {
        return customerDepartment;
    }

    public void setCustomerDepartment(Organisation customerDepartment) {
        this.customerDepartment = customerDepartment;
    }

    /** Is this mentor from the startup's customer department? */
    public boolean isFromCustomerDepartment(MentorProfile mentor) {
        return customerDepartment != null && customerDepartment.equals(mentor.getPerson().getOrganisation());
    }

    public int getMentorsWanted() {
        return mentorsWanted;
    }

    public void setMentorsWanted(int mentorsWanted) {
        this.mentorsWanted = mentorsWanted;
    }
}
