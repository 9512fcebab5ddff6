package org.govtechhub.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Sends every {@link LocalDateTime} to the database as text with microseconds, which DATETIME(6)
 * columns keep. Why: MariaDB announces itself as "5.5.5-10.x", and MySQL Connector/J, taking that for
 * a server older than 5.6.4, drops the fractional seconds of bound date-time parameters. Text is
 * converted by the server itself, on MySQL, MariaDB and H2 alike. Reading takes what the driver gives
 * (a date-time, a timestamp or text).
 */
@Converter(autoApply = true)
public class MicrosecondDateTimeConverter implements AttributeConverter<LocalDateTime, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    public static String toText(LocalDateTime value) {
        return value == null ? null : WRITE.format(value);
    }

    @Override
    public Object convertToDatabaseColumn(LocalDateTime value) {
        return toText(value);
    }

    @Override
    public LocalDateTime convertToEntityAttribute(Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().strip(), READ);
    }
}
