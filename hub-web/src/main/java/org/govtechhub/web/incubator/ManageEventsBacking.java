package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Event;
import org.govtechhub.incubator.EventService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.PagedModel;

import java.io.Serializable;

/** incubator/manage/events.xhtml: every event, drafts too, the latest first, a page at a time; a new one starts from here. */
@Named
@ViewScoped
public class ManageEventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventService events;

    private PagedModel<Event> model;

    public PagedModel<Event> getModel() {
        if (model == null) {
            model = new PagedModel<>(() -> events.countAll(), (first, max) -> events.all(first, max));
        }
        return model;
    }

    public boolean past(Event event) {
        return event.isPast(Clock.now());
    }
}
