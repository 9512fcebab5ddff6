package org.govtechhub.incubator;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What a program manager fills in for an event, as the form holds it; {@link Event#describe} checks it and takes it
 * over. Times are UTC, as everywhere in the hub.
 */
public class EventDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private EventKind kind = EventKind.CONFERENCE;
    private String title;
    private String description;
    private String venue;
    private String city;
    private String regionCode;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer capacity;

    public EventDetails() {
    }

    public EventDetails(EventKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity) {
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    /** The same details with the place: venue, city and region (ISO 3166-2 code). */
    public EventDetails at(String venueName, String cityName, String region) {
        venue = venueName;
        city = cityName;
        regionCode = region;
        return this;
    }

    public EventDetails about(String text) {
        description = text;
        return this;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
