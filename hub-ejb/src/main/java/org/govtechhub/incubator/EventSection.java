package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

/** A section of an event's programme: its subject, who chairs it, and its place in the programme. */
@Entity
@Table(name = "event_section")
@NamedQuery(name = "EventSection.of", query = "SELECT s FROM EventSection s WHERE s.event = :event ORDER BY s.order, s.id")
@NamedQuery(name = "EventSection.count", query = "SELECT COUNT(s) FROM EventSection s WHERE s.event = :event")
public class EventSection extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    private String title;

    private String chair;

    @Column(name = "sort_order")
    private int order;

    protected EventSection() {
    }

    /** The section that comes at {@code order} (1 for the first). */
    public EventSection(Event event, String title, String chair, int order) {
        this.event = event;
        this.title = Event.text(title, Event.TITLE_MAX, "incubatorEvent.titleRequired");
        this.chair = Event.optional(chair, Event.NAME_MAX);
        this.order = order;
    }

    @Override
    protected String auditSummary() {
        return event.getTitle() + ": " + title;
    }

    public Event getEvent() {
        return event;
    }

    public String getTitle() {
        return title;
    }

    public String getChair() {
        return chair;
    }

    public int getOrder() {
        return order;
    }
}
