package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/**
 * A report in a section of an event's programme: its title, the speaker, their organisation and region, the catalogue's
 * project it presents (if any), and its slides (a PDF). Its presentation is published (the slides become public) only
 * once it has slides; it can be withdrawn again.
 */
@Entity
@Table(name = "event_report")
@NamedQuery(name = "EventReport.ofEvent", query = "SELECT r FROM EventReport r JOIN r.section s WHERE s.event = :event "
        + "ORDER BY s.order, s.id, r.order, r.id")
@NamedQuery(name = "EventReport.count", query = "SELECT COUNT(r) FROM EventReport r WHERE r.section = :section")
@NamedQuery(name = "EventReport.bySlides", query = "SELECT r FROM EventReport r WHERE r.slides.id = :slides")
public class EventReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "section_id", nullable = false, updatable = false)
    private EventSection section;

    private String title;

    private String speaker;

    private String organisation;

    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;

    @ManyToOne
    @JoinColumn(name = "project_id")
    private Project project;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slides_id")
    private EventSlides slides;

    private boolean published;

    @Column(name = "sort_order")
    private int order;

    protected EventReport() {
    }

    /** The report that comes at {@code order} (1 for the first) in its section; the project is optional. */
    public EventReport(EventSection section, String title, String speaker, String organisation, Region region, Project project, int order) {
        this.section = section;
        this.title = Event.text(title, Event.TITLE_MAX, "incubatorEvent.titleRequired");
        this.speaker = Event.text(speaker, Event.NAME_MAX, "incubatorEvent.speakerRequired");
        this.organisation = Event.optional(organisation, Event.NAME_MAX);
        this.region = region;
        this.project = project;
        this.order = order;
    }

    /** Keeps these slides (already checked as a PDF), in place of any before. */
    public void attach(EventSlides newSlides) {
        slides = newSlides;
    }

    /** Makes the slides public; refused while there are none. */
    public void publishPresentation() {
        if (slides == null) {
            throw new BusinessException("incubatorEvent.noSlides", title);
        }
        published = true;
    }

    /** Takes the slides off the public page again. */
    public void withdrawPresentation() {
        published = false;
    }

    /** Whether everyone may read the slides: the presentation is published, and so is the event. */
    public boolean isPublic() {
        return published && slides != null && section.getEvent().isPublished();
    }

    public boolean hasSlides() {
        return slides != null;
    }

    @Override
    protected String auditSummary() {
        return title + " (" + speaker + ")";
    }

    public EventSection getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Region getRegion() {
        return region;
    }

    public Project getProject() {
        return project;
    }

    public EventSlides getSlides() {
        return slides;
    }

    public boolean isPublished() {
        return published;
    }

    public int getOrder() {
        return order;
    }
}
