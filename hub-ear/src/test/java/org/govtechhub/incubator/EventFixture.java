package org.govtechhub.incubator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.shared.Clock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Events as program managers set them up, through the real service: unique titles so tests never meet (the demo's
 * events share the database). Each method is one transaction.
 */
@Stateless
public class EventFixture {

    @EJB
    private EventService events;

    /** A small but real PDF as a speaker would upload it. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A draft of this kind starting {@code daysAhead} days from now (negative for the past), three hours long. */
    public Event draft(EventKind kind, String title, int daysAhead, int places) {
        LocalDateTime start = Clock.now().truncatedTo(ChronoUnit.MINUTES).plusDays(daysAhead);
        return events.create(new EventDetails(kind, IncubatorFixture.unique(title), start, start.plusHours(3), places)
                .at("City Hall", "Samara", "RU-SAM"));
    }

    /** Published, starting {@code daysAhead} days from now: open for registration if that is in the future. */
    public Event published(EventKind kind, String title, int daysAhead, int places) {
        return events.publish(draft(kind, title, daysAhead, places).getId());
    }

    /** A round table in ten days with this many places, open for registration. */
    public Event openRoundTable(int places) {
        return published(EventKind.ROUND_TABLE, "Round table on replication", 10, places);
    }
}
