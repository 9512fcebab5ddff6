package org.govtechhub.web.incubator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.AttendeeKind;
import org.govtechhub.incubator.EventReport;
import org.govtechhub.shared.Clock;

import java.util.List;

/**
 * incubator/event.xhtml?id=: a published event for everyone: its programme section by section, the registration form
 * while it is open, the published presentations with their slides, and the recommendations. A draft or an unknown id
 * is "not found" (404). A refused registration keeps what was typed.
 */
@Named
@ViewScoped
public class EventBacking extends EventPage {

    private static final long serialVersionUID = 1L;

    private long registered;
    private final Registrant registrant = new Registrant();

    public void load() {
        showProgramme(events.published(id));
        registered = events.countRegistrations(id);
    }

    public void register() {
        events.register(id, registrant.getName(), registrant.getEmail(), registrant.getOrganisation(), registrant.getRegionCode(), registrant.getKind());
        messages.info("incubatorEvent_event.registered", event.getTitle(), registrant.getEmail().strip());
        registrant.clear();
        registered = events.countRegistrations(id);
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

    public AttendeeKind[] getKinds() {
        return AttendeeKind.values();
    }

    public Registrant getRegistrant() {
        return registrant;
    }
}
