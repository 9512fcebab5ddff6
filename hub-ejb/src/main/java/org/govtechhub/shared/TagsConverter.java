package org.govtechhub.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Tags} as their "a, b, c" text. */
@Converter(autoApply = true)
public class TagsConverter implements AttributeConverter<Tags, String> {

    @Override
    public String convertToDatabaseColumn(Tags tags) {
        return tags == null ? "" : tags.toString();
    }

    @Override
    public Tags convertToEntityAttribute(String text) {
        return Tags.parse(text);
    }
}
