package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replication across regions: a project's owner (or a program manager) records where the project is being adopted or
 * runs beyond its home regions; a region's page lists what runs there, what is being adopted there, what its
 * neighbours use and what it could adopt; the public replication map counts the regions each project runs in. A
 * project runs in its home regions and wherever an adoption is running. Each list shows at most {@value #SHOWN}
 * projects, the most widely running first; the counting reads two columns of every published project (two statements).
 */
@Stateless
@PermitAll
public class ReplicationService extends CrudService<Adoption> {

    @EJB
    private Caller caller;

    private static final int SHOWN = 50;

    @EJB
    private ProjectService projects;

    @EJB
    private CatalogueService catalogue;

    public ReplicationService() {
        super(Adoption.class);
    }

    /**
     * Records the project's adoption in a region, or changes the one recorded there, with these terms (the organisation,
     * since when, how far it has come, the cost: {@link Adoption#terms()}). Its owner may, and a program manager; anyone
     * else's id is "not found".
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public Adoption record(Long projectId, String regionCode, Adoption terms, String email, boolean manager) {
        caller.requireSelf(email);
        Project project = projectFor(projectId, email, manager);
        if (regionCode == null || regionCode.isBlank()) {
            throw new BusinessException("incubator.adoption.regionRequired");
        }
        Region region = catalogue.region(regionCode);
        Adoption adoption = em.createNamedQuery("Adoption.ofProject", Adoption.class).setParameter("project", project).getResultStream()
                .filter(a -> a.getRegion().equals(region)).findFirst().orElse(null);
        boolean isNew = adoption == null;
        if (isNew) {
            adoption = new Adoption(project, region);
        }
        adoption.takeTerms(terms);
        return save(adoption, isNew);
    }

    /** The project as its owner or a program manager may record its adoptions; anyone else's id is "not found". */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public Project projectFor(Long projectId, String email, boolean manager) {
        caller.requireSelf(email);
        return manager ? projects.get(projectId) : projects.forOwner(projectId, email);
    }

    /** Where the project is being adopted or runs beyond its home regions, the latest first. */
    public List<Adoption> adoptions(Project project) {
        return em.createNamedQuery("Adoption.ofProject", Adoption.class).setParameter("project", project).getResultList();
    }

    /** What a region's page shows. */
    public record RegionView(Region region, List<Project> runningHere, List<Adoption> adoptedHere, List<Neighbourly> neighboursUse,
                             List<Spread> couldAdopt) implements Serializable {
    }

    /** A project that runs in a neighbouring region, and which. */
    public record Neighbourly(Project project, Region neighbour) implements Serializable {
    }

    /** A project and the number of regions it runs in, with its adoptions under way. */
    public record Spread(Project project, int regions, int underWay) implements Serializable {
    }

    /** The replication map: the projects running in the most regions, and for each region how many projects run there. */
    public record ReplicationMap(List<Spread> projects, Map<Region, Long> regions) implements Serializable {
    }

    public RegionView region(String code) {
        Region region = catalogue.region(code);
        Map<Long, Set<String>> running = runningRegions();
        List<Adoption> adopted = em.createNamedQuery("Adoption.inRegion", Adoption.class).setParameter("region", region).getResultList();
        Set<Long> here = new HashSet<>();
        running.forEach((project, codes) -> {
            if (codes.contains(region.getCode())) {
                here.add(project);
            }
        });
        adopted.forEach(a -> here.add(a.getProject().getId()));
        List<Project> runningHere = published(widest(running.entrySet().stream().filter(e -> e.getValue().contains(region.getCode()))
                .map(Map.Entry::getKey).toList(), running)).stream().sorted(Comparator.comparing(Project::getNameKey)).toList();
        Map<Long, Region> nearby = new LinkedHashMap<>();
        for (Region neighbour : region.getNeighbours()) {
            running.forEach((project, codes) -> {
                if (codes.contains(neighbour.getCode()) && !here.contains(project)) {
                    nearby.putIfAbsent(project, neighbour);
                }
            });
        }
        List<Neighbourly> neighboursUse = published(widest(new ArrayList<>(nearby.keySet()), running)).stream()
                .map(p -> new Neighbourly(p, nearby.get(p.getId()))).sorted(Comparator.comparing(n -> n.project().getNameKey())).toList();
        List<Spread> couldAdopt = spreads(running, here).stream().filter(s -> !nearby.containsKey(s.project().getId())).limit(20).toList();
        return new RegionView(region, runningHere, adopted.stream().filter(a -> !a.getStatus().isRunning()).toList(), neighboursUse, couldAdopt);
    }

    public ReplicationMap map() {
        Map<Long, Set<String>> running = runningRegions();
        Map<String, Long> perRegion = new HashMap<>();
        running.values().forEach(codes -> codes.forEach(c -> perRegion.merge(c, 1L, Long::sum)));
        Map<Region, Long> regions = new LinkedHashMap<>();
        catalogue.regions().stream().filter(r -> perRegion.containsKey(r.getCode()))
                .sorted(Comparator.comparing((Region r) -> -perRegion.get(r.getCode())).thenComparing(Region::getNameEn))
                .forEach(r -> regions.put(r, perRegion.get(r.getCode())));
        return new ReplicationMap(spreads(running, Set.of()), regions);
    }

    /** The projects most widely running, at most {@value #SHOWN}, leaving out some; with their adoptions under way. */
    private List<Spread> spreads(Map<Long, Set<String>> running, Set<Long> leftOut) {
        List<Long> top = running.entrySet().stream().filter(e -> !leftOut.contains(e.getKey()))
                .sorted(Comparator.comparing((Map.Entry<Long, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(SHOWN).map(Map.Entry::getKey).toList();
        Map<Long, Long> underWay = top.isEmpty() ? Map.of() : em.createQuery("SELECT a.project.id, COUNT(a) FROM Adoption a WHERE a.project.id IN :ids "
                        + "AND a.status IN (org.govtechhub.incubator.AdoptionStatus.PLANNED, org.govtechhub.incubator.AdoptionStatus.PILOTING) "
                        + "GROUP BY a.project.id", Object[].class)
                .setParameter("ids", top).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return published(top).stream().map(p -> new Spread(p, running.get(p.getId()).size(), underWay.getOrDefault(p.getId(), 0L).intValue()))
                .sorted(Comparator.comparing((Spread s) -> -s.regions()).thenComparing(s -> s.project().getNameKey())).toList();
    }

    /** Each published project's regions where it runs: its home regions and its running adoptions. Two statements. */
    private Map<Long, Set<String>> runningRegions() {
        Map<Long, Set<String>> running = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.id, r.code FROM Project p JOIN p.regions r "
                + "WHERE p.status = org.govtechhub.incubator.ProjectStatus.PUBLISHED", Object[].class).getResultList()) {
            running.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        for (Object[] row : em.createNamedQuery("Adoption.running", Object[].class).getResultList()) {
            running.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        return running;
    }

    /** At most {@value #SHOWN} of these projects, those running in the most regions. */
    private static List<Long> widest(List<Long> ids, Map<Long, Set<String>> running) {
        return ids.stream().sorted(Comparator.comparing((Long id) -> -running.get(id).size()).thenComparing(id -> id)).limit(SHOWN).toList();
    }

    private List<Project> published(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids", Project.class)
                .setParameter("ids", ids).getResultList();
    }
}
