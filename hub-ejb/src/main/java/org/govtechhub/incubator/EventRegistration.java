package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place taken at an event: who (name, e-mail, organisation, region) and as what (an official, an expert, a project's
 * team, other), and whether they came (checked in at the door). One per e-mail address and event; made only by
 * {@link Event#register}, which keeps the capacity and closes at the start.
 */
@Entity
@Table(name = "event_registration")
@NamedQuery(name = "EventRegistration.count", query = "SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :event")
@NamedQuery(name = "EventRegistration.countEmail", query = "SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :event AND r.email = :email")
@NamedQuery(name = "EventRegistration.of", query = "SELECT r FROM EventRegistration r WHERE r.event = :event ORDER BY r.name, r.id")
@NamedQuery(name = "EventRegistration.byRegion", query = "SELECT g.code, g.nameEn, g.nameRu, COUNT(r), "
        + "SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END) FROM EventRegistration r LEFT JOIN r.region g WHERE r.event = :event "
        + "GROUP BY g.code, g.nameEn, g.nameRu ORDER BY COUNT(r) DESC, g.code")
@NamedQuery(name = "EventRegistration.byKind", query = "SELECT r.kind, COUNT(r), SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END) "
        + "FROM EventRegistration r WHERE r.event = :event GROUP BY r.kind")
public class EventRegistration extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @ManyToOne
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    private String name;

    @Column(updatable = false)
    private String email;

    private String organisation;

    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_kind")
    private AttendeeKind kind;

    private boolean attended;

    @Column(name = "checked_in_at")
    private LocalDateTime checkedInAt;

    protected EventRegistration() {
    }

    EventRegistration(Event event, String name, String email, String organisation, Region region, AttendeeKind kind) {
        this.name = Event.text(name, Event.NAME_MAX, "incubatorEvent.nameRequired");
        this.email = normalisedEmail(email);
        this.organisation = Event.optional(organisation, Event.NAME_MAX);
        if (kind == null) {
            throw new BusinessException("incubatorEvent.attendeeKindRequired");
        }
        this.event = event;
        this.region = region;
        this.kind = kind;
    }

    /** The address as it is kept and compared: stripped and lower-cased; refused when it is not an e-mail address. */
    public static String normalisedEmail(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new BusinessException("incubatorEvent.emailInvalid", email == null ? "" : email.strip());
        }
        return address;
    }

    /** The participant came: ticked on the door list, once. */
    public void checkIn(LocalDateTime nowUtc) {
        if (attended) {
            throw new BusinessException("incubatorEvent.alreadyCheckedIn", name);
        }
        attended = true;
        checkedInAt = nowUtc;
    }

    @Override
    protected String auditSummary() {
        return email + " at " + event.getTitle() + (attended ? " (attended)" : "");
    }

    public Event getEvent() {
        return event;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Region getRegion() {
        return region;
    }

    public AttendeeKind getKind() {
        return kind;
    }

    public boolean isAttended() {
        return attended;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }
}
