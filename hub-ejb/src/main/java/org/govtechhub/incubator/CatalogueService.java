package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.shared.BusinessException;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public side of the virtual incubator, for everyone, signed in or not: search the published projects with facets,
 * open one by its address, and the evidence a startup's cohorts left (the {@code cohort} context's outcomes, linked).
 * One search is a page, a count and a count per facet: eight statements, however many projects there are.
 */
@Stateless
@PermitAll
public class CatalogueService {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private OutcomeService outcomes;

    public CataloguePage search(CatalogueQuery query) {
        List<Project> projects = projects(query, query.first(), CatalogueQuery.PAGE_SIZE);
        CatalogueQuery.Statement count = query.count();
        long total = bind(em.createQuery(count.jpql(), Long.class), count.parameters()).getSingleResult();
        Map<CatalogueQuery.Facet, Map<Object, Long>> facets = new EnumMap<>(CatalogueQuery.Facet.class);
        for (CatalogueQuery.Facet facet : CatalogueQuery.Facet.values()) {
            CatalogueQuery.Statement counts = query.facet(facet);
            Map<Object, Long> values = new LinkedHashMap<>();
            for (Object[] row : bind(em.createQuery(counts.jpql(), Object[].class), counts.parameters()).getResultList()) {
                values.put(row[0], (Long) row[1]);
            }
            facets.put(facet, values);
        }
        return new CataloguePage(query, projects, total, facets);
    }

    /** The projects of a search from {@code first}, at most {@code max} (≤ 200), without facets: a page, or a chunk of an export. */
    public List<Project> projects(CatalogueQuery query, int first, int max) {
        CatalogueQuery.Statement page = query.projects();
        return bind(em.createQuery(page.jpql(), Project.class), page.parameters())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** A published project by its address; anything else (a draft, a returned project, an unknown address) is "not found". */
    public Project published(String slug) {
        return em.createNamedQuery("Project.bySlug", Project.class).setParameter("slug", slug == null ? "" : slug)
                .getResultStream().filter(Project::isPublished).findFirst().orElseThrow(() -> BusinessException.notFound(slug));
    }

    /** The outcomes of the cohorts the project's startup went through: pilots, contracts, investment. */
    public List<Outcome> evidence(Project project) {
        return outcomes.ofStartup(project.getStartup());
    }

    /** Every region and country: Russia as a whole, then its regions, then the other countries, each by English name. */
    public List<Region> regions() {
        return em.createNamedQuery("Region.all", Region.class).getResultStream()
                .sorted(java.util.Comparator.comparingInt((Region r) -> r.getCode().equals("RU") ? 0 : r.getCountry().equals("RU") ? 1 : 2))
                .toList();
    }

    public Region region(String code) {
        Region region = code == null ? null : em.find(Region.class, code);
        if (region == null) {
            throw BusinessException.notFound(code);
        }
        return region;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
