package org.govtechhub.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.govtechhub.identity.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CRUD written once: find, get, lazy paging with sorting and filtering, and saving with optimistic
 * locking turned into a clear message. Each context's {@code @Stateless} service extends it and adds
 * its use cases; subclasses stay the only transaction boundary.
 * <p>
 * The generic reads (find, get, page, count) are for any signed-in person and the system; what a person may see of
 * them is the page's business. A subclass whose public pages read one of them declares its own override
 * {@code @PermitAll}. Each subclass declares its own use cases.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT,
        Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
public abstract class CrudService<E> {

    @PersistenceContext(unitName = "hub")
    protected EntityManager em;

    private final Class<E> type;

    protected CrudService(Class<E> type) {
        this.type = type;
    }

    public Optional<E> find(Long id) {
        return findById(em, type, id);
    }

    public E get(Long id) {
        return find(id).orElseThrow(() -> BusinessException.notFound(id));
    }

    /** Any entity by id; empty for a null or unknown id. For services that look up more than their own type. */
    public static <T> Optional<T> findById(EntityManager em, Class<T> type, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    public List<E> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        query.select(root).where(filters(cb, root, request.filters()));
        Path<?> sortPath = request.sortField() == null ? null : path(root, request.sortField());
        if (sortPath != null) {
            query.orderBy(request.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(root.get("id")));
        } else {
            query.orderBy(cb.desc(root.get("id")));
        }
        TypedQuery<E> typed = em.createQuery(query);
        return typed.setFirstResult(request.first()).setMaxResults(request.pageSize()).getResultList();
    }

    public long count(Map<String, Object> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> root = query.from(type);
        query.select(cb.count(root)).where(filters(cb, root, filters == null ? Map.of() : filters));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * Persists a new entity or merges a changed one. A concurrent change by someone else (a stale
     * {@code @Version}) becomes {@code error.concurrentChange} instead of a failed commit.
     */
    protected <T> T save(T entity, boolean isNew) {
        try {
            T saved;
            if (isNew) {
                em.persist(entity);
                saved = entity;
            } else {
                saved = em.merge(entity);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.concurrentChange");
        }
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<E> root, Map<String, Object> filters) {
        List<Predicate> predicates = new ArrayList<>();
        filters.forEach((field, value) -> {
            Path<?> path = path(root, field);
            if (path == null || value == null || value.toString().isBlank()) {
                return;
            }
            Class<?> javaType = path.getJavaType();
            if (String.class.equals(javaType)) {
                predicates.add(cb.like(cb.lower(path.as(String.class)), containing(value.toString()), '\\'));
            } else if (javaType.isEnum()) {
                enumConstant(javaType, value.toString()).ifPresent(constant -> predicates.add(cb.equal(path, constant)));
            } else if (Boolean.class.equals(javaType) || boolean.class.equals(javaType)) {
                predicates.add(cb.equal(path, Boolean.valueOf(value.toString())));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    private static Optional<Object> enumConstant(Class<?> enumType, String name) {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** A LIKE pattern (escape character {@code \\}) for values containing these words, in any case; all values for blank. */
    protected static String containing(String words) {
        return "%" + escapeLike(words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Path<?> path(Root<?> root, String dotted) {
        try {
            Path<?> path = root;
            for (String part : dotted.split("\\.")) {
                path = path.get(part);
            }
            return path;
        } catch (IllegalArgumentException | IllegalStateException unknownAttribute) {
            return null;
        }
    }
}
