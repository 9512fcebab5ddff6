package org.govtechhub.shared;

import java.util.Map;

/**
 * One page of a list: where it starts, how long it is, how it is sorted and filtered.
 * Filter and sort fields are attribute paths ({@code name}, {@code organisation.name}); unknown ones
 * are ignored, so a crafted request can neither fail nor reach other attributes' data.
 */
public record PageRequest(int first, int pageSize, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        pageSize = pageSize <= 0 ? 20 : Math.min(pageSize, MAX_PAGE_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int pageSize) {
        return new PageRequest(0, pageSize, null, true, Map.of());
    }
}
