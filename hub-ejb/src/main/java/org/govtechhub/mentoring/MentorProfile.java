package org.govtechhub.mentoring;

import org.govtechhub.shared.Tags;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;

/** What a mentor offers: expertise, sectors, languages, how many startups at once, when, and who they are. */
@Entity
@Table(name = "mentor_profile")
@NamedQuery(name = "MentorProfile.byEmail", query = "SELECT m FROM MentorProfile m WHERE m.person.email = :email")
@NamedQuery(name = "MentorProfile.active", query = "SELECT m FROM MentorProfile m WHERE m.active = TRUE AND m.person.active = TRUE ORDER BY m.person.fullName, m.id")
public class MentorProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CAPACITY = 8;

    @OneToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    private Tags expertise = Tags.parse("");

    private Tags skills = Tags.parse("");

    private Tags sectors = Tags.parse("");

    private Tags languages = Tags.parse("");

    @Min(0)
    @Max(MAX_CAPACITY)
    private int capacity = 2;

    @Size(max = 500)
    private String availability;

    @Size(max = 2000)
    private String bio;

    @Column(nullable = false)
    private boolean active = true;

    /** The secret in the address of the mentor's calendar feed (calendar apps cannot sign in). */
    @Column(name = "calendar_token")
    private String calendarToken;

    protected MentorProfile() {
    }

    public MentorProfile(Person person) {
        this.person = person;
    }

    /** The calendar feed's secret, made on first use. */
    public String calendarToken() {
        if (calendarToken == null) {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            calendarToken = java.util.HexFormat.of().formatHex(random);
        }
        return calendarToken;
    }

    @Override
    protected String auditSummary() {
        return person.getEmail() + " capacity " + capacity;
    }

    public Person getPerson() {
        return person;
    }

    public String getExpertise() {
        return expertise.toString();
    }

    public void setExpertise(String expertise) {
        this.expertise = Tags.parse(expertise);
    }

    public Tags expertise() {
        return expertise;
    }

    public String getSkills() {
        return skills.toString();
    }

    public void setSkills(String skills) {
        this.skills = Tags.parse(skills);
    }

    /** What the mentor can help with: expertise areas and skills together. */
    public Tags expertiseAndSkills() {
        return Tags.parse(expertise + ", " + skills);
    }

    public String getSectors() {
        return sectors.toString();
    }

    public void setSectors(String sectors) {
        this.sectors = Tags.parse(sectors);
    }

    public Tags sectors() {
        return sectors;
    }

    public String getLanguages() {
        return languages.toString();
    }

    public void setLanguages(String languages) {
        this.languages = Tags.parse(languages);
    }

    public Tags languages() {
        return languages;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
