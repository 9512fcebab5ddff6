package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Event;
import org.govtechhub.incubator.EventRecommendation;
import org.govtechhub.incubator.EventReport;
import org.govtechhub.incubator.EventSection;
import org.govtechhub.incubator.EventService;
import org.govtechhub.incubator.Region;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * What an event's public page and its manager's page both show: the event, its programme section by section with
 * the reports, the recommendations, and the regions in the reader's language.
 */
public abstract class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected EventService events;

    @EJB
    private CatalogueService catalogue;

    @Inject
    protected CurrentUser user;

    @Inject
    protected Messages messages;

    protected Long id;
    protected Event event;
    private List<EventSection> sections;
    protected List<EventReport> reports;
    private List<EventRecommendation> recommendations;

    /** Reads the event's programme and recommendations afresh. */
    protected void showProgramme(Event shown) {
        event = shown;
        sections = events.sections(event);
        reports = events.reports(event);
        recommendations = events.recommendations(event);
    }

    /** The reports of one section, in their order. */
    public List<EventReport> reportsOf(EventSection section) {
        return reports.stream().filter(r -> r.getSection().equals(section)).toList();
    }

    public String regionName(Region region) {
        return region == null ? null : region.name(user.locale());
    }

    public List<Region> getRegions() {
        return catalogue.regions();
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
}
