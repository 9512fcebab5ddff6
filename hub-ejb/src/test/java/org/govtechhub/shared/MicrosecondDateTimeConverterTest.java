package org.govtechhub.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MicrosecondDateTimeConverterTest {

    private final MicrosecondDateTimeConverter converter = new MicrosecondDateTimeConverter();

    @Test
    void writesMicrosecondsAndReadsWhatDatabasesReturn() {
        LocalDateTime time = LocalDateTime.of(2026, 11, 25, 14, 53, 52, 337_120_000);

        assertEquals("2026-11-25 14:53:52.337120", converter.convertToDatabaseColumn(time));
        assertEquals(time, converter.convertToEntityAttribute("2026-11-25 14:53:52.33712"));
        assertEquals(time, converter.convertToEntityAttribute("2026-11-25T14:53:52.337120"));
        assertEquals(time.withNano(0), converter.convertToEntityAttribute("2026-11-25 14:53:52"));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}
