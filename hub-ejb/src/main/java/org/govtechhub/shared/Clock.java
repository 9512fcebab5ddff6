package org.govtechhub.shared;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** All stored times are UTC {@link LocalDateTime}s with microseconds (DATETIME(6) columns). */
public final class Clock {

    private Clock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
