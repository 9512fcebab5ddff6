package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Event;
import org.govtechhub.incubator.EventService;

import java.util.List;

/** incubator/events.xhtml: the incubator's published events for everyone, the upcoming ones first, then the past ones. */
@Named
@RequestScoped
public class EventsBacking {

    @EJB
    private EventService events;

    private List<Event> upcoming;
    private List<Event> past;

    public void load() {
        upcoming = events.upcoming();
        past = events.past();
    }

    public List<Event> getUpcoming() {
        return upcoming;
    }

    public List<Event> getPast() {
        return past;
    }
}
