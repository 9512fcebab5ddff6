package org.govtechhub.incubator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the public catalogue as a visitor states it: words, one value for any of the facets, the order, the page.
 * It writes its own JPQL: the published projects that have every word (each a prefix of an indexed word) and every
 * chosen facet value. A facet's counts leave out the facet's own choice, so that they say how many projects each
 * other value would give.
 */
public record CatalogueQuery(String text, Sector sector, String region, ProjectStage stage, BusinessModel model,
                             Boolean openSource, Need need, Sort sort, int page) {

    public static final int PAGE_SIZE = 20;

    /** The catalogue's orders. */
    public enum Sort {
        NEWEST("p.publishedAt DESC, p.id DESC"), NAME("p.nameKey, p.id"), UPDATED("p.updatedAt DESC, p.id DESC");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** The facets a visitor narrows the catalogue by. */
    public enum Facet {
        SECTOR("p.sector", ""), REGION("r.code", " JOIN p.regions r"), STAGE("p.stage", ""), MODEL("p.businessModel", ""),
        OPEN_SOURCE("p.openSource", ""), NEED("n", " JOIN p.needs n");

        private final String value;
        private final String join;

        Facet(String value, String join) {
            this.value = value;
            this.join = join;
        }
    }

    /** A JPQL statement and its parameters. */
    public record Statement(String jpql, Map<String, Object> parameters) {
    }

    public CatalogueQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        page = Math.max(1, page);
        region = region == null || region.isBlank() ? null : region.strip();
    }

    /**
     * A search as an address states it, in words: each value that means nothing (a crafted or an outdated address) is
     * left out, never an error; {@code oss} is "true" or "false".
     */
    public static CatalogueQuery parse(String text, String sector, String region, String stage, String model, String oss,
                                       String need, String sort, int page) {
        return new CatalogueQuery(text == null || text.length() <= 200 ? text : text.substring(0, 200), constant(Sector.class, sector),
                region, constant(ProjectStage.class, stage), constant(BusinessModel.class, model),
                "true".equals(oss) ? Boolean.TRUE : "false".equals(oss) ? Boolean.FALSE : null, constant(Need.class, need),
                constant(Sort.class, sort), page);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException meaningless) {
            return null;
        }
    }

    /** Everything, newest first. */
    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, null, null, null, Sort.NEWEST, 1);
    }

    public int first() {
        return (int) Math.min(Integer.MAX_VALUE, (page - 1L) * PAGE_SIZE);
    }

    /** The page's projects. */
    public Statement projects() {
        Statement where = where(null);
        return new Statement("SELECT p FROM Project p" + where.jpql() + " ORDER BY " + sort.orderBy, where.parameters());
    }

    /** How many projects match. */
    public Statement count() {
        Statement where = where(null);
        return new Statement("SELECT COUNT(p) FROM Project p" + where.jpql(), where.parameters());
    }

    /** Each value of a facet with the number of projects it would give, together with the other facets' choices. */
    public Statement facet(Facet facet) {
        Statement where = where(facet);
        return new Statement("SELECT " + facet.value + ", COUNT(p) FROM Project p" + facet.join + where.jpql()
                + " GROUP BY " + facet.value, where.parameters());
    }

    /** Whether a visitor narrowed the catalogue at all. */
    public boolean isNarrowed() {
        return !SearchTerms.query(text).isEmpty() || sector != null || region != null || stage != null || model != null
                || openSource != null || need != null;
    }

    private Statement where(Facet leftOut) {
        StringBuilder jpql = new StringBuilder(" WHERE p.status = org.govtechhub.incubator.ProjectStatus.PUBLISHED");
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> words = SearchTerms.query(text);
        for (int i = 0; i < words.size(); i++) {
            // the word index alone, without joining the project table again: ten times faster for a common word
            jpql.append(" AND p.id IN (SELECT t").append(i).append(".projectId FROM ProjectTerm t").append(i)
                    .append(" WHERE t").append(i).append(".term LIKE :word").append(i).append(")");
            parameters.put("word" + i, words.get(i) + "%");
        }
        narrow(jpql, parameters, leftOut, Facet.SECTOR, sector, " AND p.sector = :sector", "sector");
        narrow(jpql, parameters, leftOut, Facet.STAGE, stage, " AND p.stage = :stage", "stage");
        narrow(jpql, parameters, leftOut, Facet.MODEL, model, " AND p.businessModel = :model", "model");
        narrow(jpql, parameters, leftOut, Facet.OPEN_SOURCE, openSource, " AND p.openSource = :openSource", "openSource");
        narrow(jpql, parameters, leftOut, Facet.REGION, region,
                " AND p.id IN (SELECT qr.projectId FROM ProjectRegion qr WHERE qr.regionCode = :region)", "region");
        narrow(jpql, parameters, leftOut, Facet.NEED, need == null ? null : need.name(),
                " AND p.id IN (SELECT qn.projectId FROM ProjectNeed qn WHERE qn.need = :need)", "need");
        return new Statement(jpql.toString(), parameters);
    }

    private static void narrow(StringBuilder jpql, Map<String, Object> parameters, Facet leftOut, Facet facet, Object value,
                               String condition, String parameter) {
        if (value != null && facet != leftOut) {
            jpql.append(condition);
            parameters.put(parameter, value);
        }
    }
}
