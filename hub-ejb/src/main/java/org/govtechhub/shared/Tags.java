package org.govtechhub.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A set of free-text tags (expertise areas, sectors, languages), compared case-insensitively and
 * written as "a, b, c". A value object: immutable, equal by content.
 */
public final class Tags implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Tags NONE = new Tags(Set.of());

    private final Set<String> values;

    private Tags(Set<String> values) {
        this.values = Collections.unmodifiableSet(new TreeSet<>(values));
    }

    public static Tags parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return new Tags(Arrays.stream(text.split("[,;]")).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean contains(String tag) {
        return tag != null && values.contains(tag.strip().toLowerCase(Locale.ROOT));
    }

    /** How many of these tags the other set also has. */
    public int overlap(Tags other) {
        return (int) values.stream().filter(other.values::contains).count();
    }

    /** The tags both sets have. */
    public Tags common(Tags other) {
        return new Tags(values.stream().filter(other.values::contains).collect(Collectors.toSet()));
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tags tags && tags.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
