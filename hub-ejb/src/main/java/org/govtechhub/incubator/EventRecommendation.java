package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

/** A recommendation that came out of an event: what is recommended, to whom, and its place in the list. */
@Entity
@Table(name = "event_recommendation")
@NamedQuery(name = "EventRecommendation.of", query = "SELECT r FROM EventRecommendation r WHERE r.event = :event ORDER BY r.order, r.id")
@NamedQuery(name = "EventRecommendation.count", query = "SELECT COUNT(r) FROM EventRecommendation r WHERE r.event = :event")
public class EventRecommendation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    private String text;

    @Column(name = "addressed_to")
    private String addressedTo;

    @Column(name = "sort_order")
    private int order;

    protected EventRecommendation() {
    }

    public EventRecommendation(Event event, String text, String addressedTo, int order) {
        this.event = event;
        this.text = Event.text(text, Event.TEXT_MAX, "incubatorEvent.recommendationRequired");
        this.addressedTo = Event.optional(addressedTo, Event.TITLE_MAX);
        this.order = order;
    }

    @Override
    protected String auditSummary() {
        return event.getTitle() + ": recommendation " + order;
    }

    public Event getEvent() {
        return event;
    }

    public String getText() {
        return text;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public int getOrder() {
        return order;
    }
}
