package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incubator's events. Program managers draft, change and publish an event, build its programme (sections and
 * their reports, with slides that are published as presentations), check participants in at the door and add the
 * recommendations that came out of it; anyone, signed in or not, registers for a published event that has not started.
 * Registration locks the event's row before counting its places, so simultaneous registrations are served one at a
 * time and the capacity always holds. Attendance is counted by the database, by region and by kind of participant.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class EventService extends CrudService<Event> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @EJB
    private NotificationService notifications;

    public EventService() {
        super(Event.class);
    }

    // --- managers: the event and its programme ---------------------------------------------------------------------

    public Event create(EventDetails details) {
        return save(new Event(details, region(details.getRegionCode())), true);
    }

    /** Changes the details; the capacity never drops below the registrations (counted under the event's lock). */
    public Event update(Long eventId, EventDetails details) {
        Event event = locked(eventId);
        event.describe(details, region(details.getRegionCode()), registered(event));
        return event;
    }

    public Event publish(Long eventId) {
        Event event = get(eventId);
        event.publish(Clock.now());
        return event;
    }

    public EventSection addSection(Long eventId, String title, String chair) {
        Event event = get(eventId);
        long before = em.createNamedQuery("EventSection.count", Long.class).setParameter("event", event).getSingleResult();
        return save(new EventSection(event, title, chair, (int) before + 1), true);
    }

    /** A report at the end of its section; the project it presents by its address in the catalogue (published), if any. */
    public EventReport addReport(Long sectionId, String title, String speaker, String organisation, String regionCode, String projectSlug) {
        if (sectionId == null) {
            throw new BusinessException("incubatorEvent.sectionRequired");
        }
        EventSection section = findById(em, EventSection.class, sectionId).orElseThrow(() -> BusinessException.notFound(sectionId));
        Project project = null;
        if (projectSlug != null && !projectSlug.isBlank()) {
            String slug = projectSlug.strip();
            project = em.createNamedQuery("Project.bySlug", Project.class).setParameter("slug", slug).getResultStream()
                    .filter(Project::isPublished).findFirst()
                    .orElseThrow(() -> new BusinessException("incubatorEvent.noSuchProject", slug));
        }
        long before = em.createNamedQuery("EventReport.count", Long.class).setParameter("section", section).getSingleResult();
        return save(new EventReport(section, title, speaker, organisation, region(regionCode), project, (int) before + 1), true);
    }

    /** Keeps a report's slides, a PDF by its content of at most 10 MB, in place of any before. */
    public EventReport attachSlides(Long reportId, String fileName, byte[] content) {
        EventReport report = report(reportId);
        EventSlides slides = new EventSlides(fileName, content);
        em.persist(slides);
        EventSlides previous = report.getSlides();
        report.attach(slides);
        em.flush();
        if (previous != null) {
            em.remove(previous);
        }
        return report;
    }

    public EventReport publishPresentation(Long reportId) {
        EventReport report = report(reportId);
        report.publishPresentation();
        return report;
    }

    public EventReport withdrawPresentation(Long reportId) {
        EventReport report = report(reportId);
        report.withdrawPresentation();
        return report;
    }

    public EventRecommendation addRecommendation(Long eventId, String text, String addressedTo) {
        Event event = get(eventId);
        long before = em.createNamedQuery("EventRecommendation.count", Long.class).setParameter("event", event).getSingleResult();
        return save(new EventRecommendation(event, text, addressedTo, (int) before + 1), true);
    }

    /** The participant came: ticked on the door list (once). */
    public EventRegistration checkIn(Long registrationId) {
        EventRegistration registration = findById(em, EventRegistration.class, registrationId)
                .orElseThrow(() -> BusinessException.notFound(registrationId));
        registration.checkIn(Clock.now());
        return registration;
    }

    // --- anyone: registration ------------------------------------------------------------------------------------

    /**
     * Registers anyone, signed in or not, for a published event that has not started, while places are left; one
     * registration per e-mail address. The event's row is locked first, then the places are counted. The registrant
     * is told (the notification outbox mails it).
     */
    @PermitAll
    public EventRegistration register(Long eventId, String name, String email, String organisation, String regionCode, AttendeeKind kind) {
        Event event = locked(eventId);
        String address = EventRegistration.normalisedEmail(email);
        boolean already = em.createNamedQuery("EventRegistration.countEmail", Long.class).setParameter("event", event)
                .setParameter("email", address).getSingleResult() > 0;
        EventRegistration registration = event.register(name, address, organisation, region(regionCode), kind, Clock.now(),
                registered(event), already);
        save(registration, true);
        notifications.notify(registration.getEmail(), "incubatorEvent.notification.registered", event.getTitle(),
                WHEN.format(event.getStartsAt()), place(event));
        return registration;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** A published event, for everyone; a draft or an unknown id is "not found". */
    @PermitAll
    public Event published(Long eventId) {
        return find(eventId).filter(Event::isPublished).orElseThrow(() -> BusinessException.notFound(eventId));
    }

    /** Published events that have not ended, the soonest first. */
    @PermitAll
    public List<Event> upcoming() {
        return em.createNamedQuery("Event.upcoming", Event.class).setParameter("published", EventStatus.PUBLISHED)
                .setParameter("now", Clock.now()).getResultList();
    }

    /** Published events that have ended, the latest first. */
    @PermitAll
    public List<Event> past() {
        return em.createNamedQuery("Event.past", Event.class).setParameter("published", EventStatus.PUBLISHED)
                .setParameter("now", Clock.now()).getResultList();
    }

    /** Every event, drafts too, the latest first: a page of them for the managers. */
    public List<Event> all(int first, int max) {
        return em.createNamedQuery("Event.all", Event.class).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    /** Whether an event of this title exists (the demo data is loaded once). */
    @RolesAllowed(Roles.SYSTEM)
    public boolean exists(String title) {
        return !em.createNamedQuery("Event.byTitle", Event.class).setParameter("title", title).setMaxResults(1).getResultList().isEmpty();
    }

    public long countAll() {
        return em.createNamedQuery("Event.count", Long.class).getSingleResult();
    }

    @PermitAll
    public List<EventSection> sections(Event event) {
        return em.createNamedQuery("EventSection.of", EventSection.class).setParameter("event", event).getResultList();
    }

    /** Every report of the event, in the programme's order (section by section). */
    @PermitAll
    public List<EventReport> reports(Event event) {
        return em.createNamedQuery("EventReport.ofEvent", EventReport.class).setParameter("event", event).getResultList();
    }

    @PermitAll
    public List<EventRecommendation> recommendations(Event event) {
        return em.createNamedQuery("EventRecommendation.of", EventRecommendation.class).setParameter("event", event).getResultList();
    }

    /** A page of the event's registrations, by name. */
    public List<EventRegistration> registrations(Long eventId, int first, int max) {
        return em.createNamedQuery("EventRegistration.of", EventRegistration.class).setParameter("event", get(eventId))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    @PermitAll
    public long countRegistrations(Long eventId) {
        return registered(get(eventId));
    }

    /**
     * Slides as this reader may have them: everyone once the presentation (and its event) is published, program
     * managers always; anything else is "not found".
     */
    @PermitAll
    public EventSlides slides(Long slidesId, boolean manager) {
        EventReport report = em.createNamedQuery("EventReport.bySlides", EventReport.class).setParameter("slides", slidesId)
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound(slidesId));
        if (!manager && !report.isPublic()) {
            throw BusinessException.notFound(slidesId);
        }
        return report.getSlides();
    }

    /** Registered and attended per region (in the reader's language), the largest first, and last those who named none. */
    public ReportTable attendanceByRegion(Long eventId, Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        List<List<Object>> rows = new ArrayList<>();
        List<Object> notStated = null;
        for (Object[] row : em.createNamedQuery("EventRegistration.byRegion", Object[].class).setParameter("event", get(eventId)).getResultList()) {
            if (row[0] == null) {
                notStated = List.of(new ReportTable.Label("incubatorEvent.noRegion"), number(row[3]), number(row[4]));
            } else {
                rows.add(List.of(russian ? row[2] : row[1], number(row[3]), number(row[4])));
            }
        }
        if (notStated != null) {
            rows.add(notStated);
        }
        return new ReportTable("byRegion", columns("incubatorEvent_attendance.region"), rows);
    }

    /** Registered and attended per kind of participant (every kind, 0 where none), then the totals. */
    public ReportTable attendanceByKind(Long eventId) {
        Map<AttendeeKind, long[]> counts = new EnumMap<>(AttendeeKind.class);
        for (AttendeeKind kind : AttendeeKind.values()) {
            counts.put(kind, new long[2]);
        }
        for (Object[] row : em.createNamedQuery("EventRegistration.byKind", Object[].class).setParameter("event", get(eventId)).getResultList()) {
            counts.put((AttendeeKind) row[0], new long[] {number(row[1]), number(row[2])});
        }
        List<List<Object>> rows = new ArrayList<>();
        long registered = 0;
        long attended = 0;
        for (Map.Entry<AttendeeKind, long[]> entry : counts.entrySet()) {
            rows.add(List.of(new ReportTable.Label("AttendeeKind." + entry.getKey().name()), entry.getValue()[0], entry.getValue()[1]));
            registered += entry.getValue()[0];
            attended += entry.getValue()[1];
        }
        rows.add(List.of(new ReportTable.Label("incubatorEvent_attendance.total"), registered, attended));
        return new ReportTable("byKind", columns("incubatorEvent_attendance.kind"), rows);
    }

    /** Both attendance tables, as the manager's page and its CSV/XLSX exports show them. */
    public List<ReportTable> attendance(Long eventId, Locale locale) {
        return List.of(attendanceByRegion(eventId, locale), attendanceByKind(eventId));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static List<ReportTable.Column> columns(String first) {
        return List.of(ReportTable.Column.key(first), ReportTable.Column.key("incubatorEvent_attendance.registered"),
                ReportTable.Column.key("incubatorEvent_attendance.attended"));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String place(Event event) {
        String where = event.getVenue() == null ? "" : event.getVenue();
        if (event.getCity() != null) {
            where = where.isEmpty() ? event.getCity() : where + ", " + event.getCity();
        }
        return where;
    }

    private Event locked(Long eventId) {
        return java.util.Optional.ofNullable(eventId == null ? null : em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> BusinessException.notFound(eventId));
    }

    private long registered(Event event) {
        return em.createNamedQuery("EventRegistration.count", Long.class).setParameter("event", event).getSingleResult();
    }

    private EventReport report(Long reportId) {
        if (reportId == null) {
            throw new BusinessException("incubatorEvent.reportRequired");
        }
        return findById(em, EventReport.class, reportId).orElseThrow(() -> BusinessException.notFound(reportId));
    }

    private Region region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Region region = em.find(Region.class, code.strip());
        if (region == null) {
            throw new BusinessException("incubatorEvent.noSuchRegion", code.strip());
        }
        return region;
    }
}
