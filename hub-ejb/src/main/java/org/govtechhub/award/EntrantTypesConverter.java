package org.govtechhub.award;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a nomination's allowed entrant types as "DEPARTMENT,TEAM". */
@Converter
public class EntrantTypesConverter implements AttributeConverter<Set<EntrantType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<EntrantType> types) {
        return types == null ? "" : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<EntrantType> convertToEntityAttribute(String text) {
        Set<EntrantType> types = EnumSet.noneOf(EntrantType.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(EntrantType::valueOf).forEach(types::add);
        }
        return types;
    }
}
