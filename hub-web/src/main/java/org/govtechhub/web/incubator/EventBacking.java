package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.AttendeeKind;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Event;
import org.govtechhub.incubator.EventRecommendation;
import org.govtechhub.incubator.EventReport;
import org.govtechhub.incubator.EventSection;
import org.govtechhub.incubator.EventService;
import org.govtechhub.incubator.Region;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * incubator/event.xhtml?id=: a published event for everyone: its programme section by section, the registration form
 * while it is open, the published presentations with their slides, and the recommendations. A draft or an unknown id
 * is "not found" (404). A refused registration keeps what was typed.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventService events;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Event event;
    private List<EventSection> sections;
    private List<EventReport> reports;
    private List<EventRecommendation> recommendations;
    private long registered;
    private final Registrant registrant = new Registrant();

    public void load() {
        event = events.published(id);
        sections = events.sections(event);
        reports = events.reports(event);
        recommendations = events.recommendations(event);
        registered = events.countRegistrations(id);
    }

    public void register() {
        events.register(id, registrant.getName(), registrant.getEmail(), registrant.getOrganisation(), registrant.getRegionCode(), registrant.getKind());
        messages.info("incubatorEvent_event.registered", event.getTitle(), registrant.getEmail().strip());
        registrant.clear();
        registered = events.countRegistrations(id);
    }

    /** The reports of one section, in their order. */
    public List<EventReport> reportsOf(EventSection section) {
        return reports.stream().filter(r -> r.getSection().equals(section)).toList();
    }

    /** The presentations whose slides everyone may read. */
    public List<EventReport> getPresentations() {
        return reports.stream().filter(EventReport::isPublic).toList();
    }

    public boolean isOpen() {
        return event.isOpenForRegistration(Clock.now()) && event.placesLeft(registered) > 0;
    }

    public boolean isFull() {
        return event.isOpenForRegistration(Clock.now()) && event.placesLeft(registered) == 0;
    }

    public long getPlacesLeft() {
        return event.placesLeft(registered);
    }

    public boolean isPast() {
        return event.isPast(Clock.now());
    }

    public String regionName(Region region) {
        return region == null ? null : region.name(user.locale());
    }

    public List<Region> getRegions() {
        return catalogue.regions();
    }

    public AttendeeKind[] getKinds() {
        return AttendeeKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public List<EventSection> getSections() {
        return sections;
    }

    public List<EventRecommendation> getRecommendations() {
        return recommendations;
    }

    public Registrant getRegistrant() {
        return registrant;
    }
}
