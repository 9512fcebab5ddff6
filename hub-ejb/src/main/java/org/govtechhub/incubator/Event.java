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

/**
 * One of the incubator's events: a case-study conference (a programme of sections and their reports) or a round table,
 * with its place, its times (UTC), its capacity and, afterwards, its published presentations and recommendations. A
 * manager drafts it and publishes it; a published event takes registrations until it starts, as long as there are
 * places left, one per e-mail address. It is past once it has ended.
 */
@Entity
@Table(name = "incubator_event")
@NamedQuery(name = "Event.upcoming", query = "SELECT e FROM Event e WHERE e.status = :published AND e.endsAt >= :now "
        + "ORDER BY e.startsAt, e.id")
@NamedQuery(name = "Event.past", query = "SELECT e FROM Event e WHERE e.status = :published AND e.endsAt < :now "
        + "ORDER BY e.startsAt DESC, e.id DESC")
@NamedQuery(name = "Event.all", query = "SELECT e FROM Event e ORDER BY e.startsAt DESC, e.id DESC")
@NamedQuery(name = "Event.count", query = "SELECT COUNT(e) FROM Event e")
@NamedQuery(name = "Event.byTitle", query = "SELECT e FROM Event e WHERE e.title = :title")
public class Event extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 200;
    /** The most places an event can offer. */
    public static final int CAPACITY_MAX = 100_000;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String title;

    private String description;

    private String venue;

    private String city;

    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Event() {
    }

    /** A draft with these details; {@code registered} is 0 for a new event. */
    public Event(EventDetails details, Region region) {
        describe(details, region, 0);
    }

    /**
     * Takes over the manager's details: a kind and a title, a start and an end after it, at least one place and never
     * fewer places than people already registered.
     */
    public void describe(EventDetails details, Region chosenRegion, long registered) {
        if (details.getKind() == null) {
            throw new BusinessException("incubatorEvent.kindRequired");
        }
        String checkedTitle = text(details.getTitle(), TITLE_MAX, "incubatorEvent.titleRequired");
        if (details.getStartsAt() == null || details.getEndsAt() == null) {
            throw new BusinessException("incubatorEvent.timesRequired");
        }
        if (!details.getEndsAt().isAfter(details.getStartsAt())) {
            throw new BusinessException("incubatorEvent.endBeforeStart");
        }
        Integer places = details.getCapacity();
        if (places == null || places < 1 || places > CAPACITY_MAX) {
            throw new BusinessException("incubatorEvent.capacityInvalid", CAPACITY_MAX);
        }
        if (places < registered) {
            throw new BusinessException("incubatorEvent.capacityBelowRegistered", registered);
        }
        kind = details.getKind();
        title = checkedTitle;
        description = optional(details.getDescription(), TEXT_MAX);
        venue = optional(details.getVenue(), TITLE_MAX);
        city = optional(details.getCity(), 100);
        region = chosenRegion;
        startsAt = details.getStartsAt();
        endsAt = details.getEndsAt();
        capacity = places;
    }

    /** The details as the manager's form shows them for a change. */
    public EventDetails details() {
        EventDetails details = new EventDetails(kind, title, startsAt, endsAt, capacity).at(venue, city, region == null ? null : region.getCode());
        return details.about(description);
    }

    /** Makes the draft public: it is listed and takes registrations. */
    public void publish(LocalDateTime nowUtc) {
        if (status == EventStatus.PUBLISHED) {
            throw new BusinessException("incubatorEvent.alreadyPublished", title);
        }
        status = EventStatus.PUBLISHED;
        publishedAt = nowUtc;
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    /** Whether the event is over at this time (UTC). */
    public boolean isPast(LocalDateTime nowUtc) {
        return !nowUtc.isBefore(endsAt);
    }

    /** Whether the event takes registrations at this time: published and not yet started. */
    public boolean isOpenForRegistration(LocalDateTime nowUtc) {
        return isPublished() && nowUtc.isBefore(startsAt);
    }

    /**
     * Registers a participant. Refused when the event is not published (as if it did not exist), when it has started
     * (registration closes at the start), when this e-mail address is already registered, and when every place is
     * taken. {@code registered} is the count made after the event's row was locked.
     */
    public EventRegistration register(String name, String email, String organisation, Region participantRegion, AttendeeKind attendeeKind,
                                      LocalDateTime nowUtc, long registered, boolean emailAlreadyRegistered) {
        if (!isPublished()) {
            throw BusinessException.notFound(getId());
        }
        if (!nowUtc.isBefore(startsAt)) {
            throw new BusinessException("incubatorEvent.registrationClosed", title, startsAt);
        }
        EventRegistration registration = new EventRegistration(this, name, email, organisation, participantRegion, attendeeKind);
        if (emailAlreadyRegistered) {
            throw new BusinessException("incubatorEvent.alreadyRegistered", registration.getEmail(), title);
        }
        if (registered >= capacity) {
            throw new BusinessException("incubatorEvent.full", title, capacity);
        }
        return registration;
    }

    /** Places still free, given how many are registered. */
    public long placesLeft(long registered) {
        return Math.max(0, capacity - registered);
    }

    /** A required text, stripped, at most {@code max} characters. */
    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("incubatorEvent.tooLong", max);
        }
        return stripped;
    }

    /** An optional text, stripped (null when blank), at most {@code max} characters. */
    static String optional(String value, int max) {
        return value == null || value.isBlank() ? null : text(value, max, "incubatorEvent.tooLong");
    }

    @Override
    protected String auditSummary() {
        return title + " (" + kind + ", " + status + ")";
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public String getCity() {
        return city;
    }

    public Region getRegion() {
        return region;
    }

    /** The region's name in this language; null when none was given. */
    public String regionName(Locale locale) {
        return region == null ? null : region.name(locale);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public EventStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
