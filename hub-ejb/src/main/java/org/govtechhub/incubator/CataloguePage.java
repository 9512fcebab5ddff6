package org.govtechhub.incubator;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of the public catalogue: its projects, how many match in all, and for each facet the number of projects
 * each of its values would give (values without any project are left out).
 */
public record CataloguePage(CatalogueQuery query, List<Project> projects, long total,
                            Map<CatalogueQuery.Facet, Map<Object, Long>> facets) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + CatalogueQuery.PAGE_SIZE - 1) / CatalogueQuery.PAGE_SIZE);
    }

    /** The count of one facet value, 0 when no project has it. */
    public long count(CatalogueQuery.Facet facet, Object value) {
        return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
}
