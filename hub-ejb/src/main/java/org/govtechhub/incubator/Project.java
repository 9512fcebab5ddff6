package org.govtechhub.incubator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A GovTech or civic-tech project in the virtual incubator's catalogue: the problem and the solution, its stage,
 * sector and business model, where and with which levels of government it runs, whether it is open source, its team,
 * links, users and impact, what it needs, and whether it is a mobile app or a local version of a project from abroad
 * ("copycat"). Its owner drafts and submits it; a program manager publishes it or returns it with a reason; a
 * published project stays in the catalogue while its owner keeps it up to date. Its address (slug) never changes.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = "Project.bySlug", query = "SELECT p FROM Project p WHERE p.slug = :slug")
@NamedQuery(name = "Project.slugsLike", query = "SELECT p.slug FROM Project p WHERE p.slug = :slug OR p.slug LIKE :numbered")
@NamedQuery(name = "Project.byNameKey", query = "SELECT p FROM Project p WHERE p.nameKey = :key")
@NamedQuery(name = "Project.byWebsite", query = "SELECT p FROM Project p WHERE LOWER(p.website) IN :websites")
@NamedQuery(name = "Project.ofOwner", query = "SELECT p FROM Project p WHERE p.owner = :owner OR (p.startup IS NOT NULL AND p.startup = :startup) ORDER BY p.updatedAt DESC")
@NamedQuery(name = "Project.inStatus", query = "SELECT p FROM Project p WHERE p.status = :status ORDER BY p.submittedAt, p.id")
@NamedQuery(name = "Project.countInStatus", query = "SELECT COUNT(p) FROM Project p WHERE p.status = :status")
@NamedQuery(name = "Project.needingReviews", query = "SELECT p FROM Project p WHERE p.status = :status "
        + "AND (:sector IS NULL OR p.sector = :sector) AND (SELECT COUNT(r) FROM "
        + "ExpertReview r WHERE r.project = p AND r.sheet.status <> org.govtechhub.evaluation.SheetStatus.RECUSED) < :reviewers "
        + "ORDER BY p.publishedAt, p.id")
public class Project extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(updatable = false)
    private String slug;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Size(max = 300)
    private String tagline;

    @Size(max = 4000)
    private String problem;

    @Size(max = 4000)
    private String solution;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProjectStage stage = ProjectStage.IDEA;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Sector sector = Sector.CIVIC_PARTICIPATION;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "business_model")
    private BusinessModel businessModel = BusinessModel.UNDECIDED;

    @Column(name = "open_source")
    private boolean openSource;

    @Size(max = 100)
    private String licence;

    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "{hub.website.invalid}")
    @Column(name = "repository_url")
    private String repositoryUrl;

    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "{hub.website.invalid}")
    private String website;

    @Size(max = 2000)
    private String links;

    @Size(max = 2000)
    private String team;

    @Min(0)
    @Max(1_000_000_000)
    @Column(name = "users_count")
    private Integer usersCount;

    @Size(max = 2000)
    private String impact;

    @Column(name = "mobile_app")
    private boolean mobileApp;

    @Size(max = 200)
    @Column(name = "copycat_of")
    private String copycatOf;

    @ManyToMany
    @JoinTable(name = "project_region", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    private Set<Region> regions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_level", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private Set<GovernmentLevel> levels = EnumSet.noneOf(GovernmentLevel.class);

    @ElementCollection
    @CollectionTable(name = "project_need", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    /** The word index of the project's texts (SearchTerms), rewritten whenever they change. */
    @ElementCollection
    @CollectionTable(name = "project_term", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "term")
    private Set<String> terms = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Person owner;

    /** The startup behind the project, when its owner belongs to one: its cohort outcomes are the project's evidence. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "startup_id", updatable = false)
    private Organisation startup;

    /** Released expert reviews, counted as they are released. */
    @Column(name = "review_count")
    private int reviewCount;

    /** The sum of the released reviews' points (each the sum of its five 1..5 scores). */
    @Column(name = "review_points")
    private int reviewPoints;

    protected Project() {
    }

    public Project(String name, String slug, Person owner, Organisation startup) {
        this.name = name;
        this.slug = slug;
        this.owner = owner;
        this.startup = startup;
        reindex();
    }

    /** Whether this person may change the project: its owner, or someone of the startup behind it. */
    public boolean isEditableBy(Person person) {
        return person != null && (person.equals(owner)
                || (startup != null && startup.equals(person.getOrganisation())));
    }

    /** Sends a complete draft or returned project to the program managers. */
    public void submit(LocalDateTime nowUtc) {
        if (!isSubmittable()) {
            throw new BusinessException("incubator.project.wrongStatus", name, status);
        }
        if (blank(tagline) || blank(problem) || blank(solution)) {
            throw new BusinessException("incubator.project.incomplete", name);
        }
        if (regions.isEmpty()) {
            throw new BusinessException("incubator.project.regionRequired", name);
        }
        status = ProjectStatus.SUBMITTED;
        submittedAt = nowUtc;
    }

    /** Publishes a submitted project in the catalogue. */
    public void publish(LocalDateTime nowUtc) {
        if (!isPublishable()) {
            throw new BusinessException("incubator.project.wrongStatus", name, status);
        }
        status = ProjectStatus.PUBLISHED;
        returnReason = null;
        if (publishedAt == null) {
            publishedAt = nowUtc;
        }
    }

    /** Back to the owner with the reason: a submitted project, or a published one taken out of the catalogue. */
    public void returnWithReason(String reason) {
        if (!isReturnable()) {
            throw new BusinessException("incubator.project.wrongStatus", name, status);
        }
        if (blank(reason)) {
            throw new BusinessException("incubator.project.reasonRequired");
        }
        status = ProjectStatus.RETURNED;
        returnReason = reason.strip();
    }

    /** A draft or a returned project may be submitted. */
    public boolean isSubmittable() {
        return status == ProjectStatus.DRAFT || status == ProjectStatus.RETURNED;
    }

    /** Only a submitted project may be published. */
    public boolean isPublishable() {
        return status == ProjectStatus.SUBMITTED;
    }

    /** A submitted project may be returned, and a published one taken out of the catalogue. */
    public boolean isReturnable() {
        return status == ProjectStatus.SUBMITTED || status == ProjectStatus.PUBLISHED;
    }

    /** Its owner may change it unless it waits for moderation. */
    public boolean isEditable() {
        return status != ProjectStatus.SUBMITTED;
    }

    public boolean isPublished() {
        return status == ProjectStatus.PUBLISHED;
    }

    /** A submitted project waits for the program managers; its owner changes it only when it is a draft, returned or published. */
    public void requireEditable() {
        if (!isEditable()) {
            throw new BusinessException("incubator.project.awaitingModeration", name);
        }
    }

    /** Adds a released review's points (its five scores summed) to the project's rating. */
    void countReview(int points) {
        if (points < ReviewCriterion.values().length * ReviewCriterion.LOWEST || points > ReviewCriterion.values().length * ReviewCriterion.HIGHEST) {
            throw new IllegalArgumentException("review points " + points);
        }
        reviewCount++;
        reviewPoints += points;
    }

    /** The mean of the released reviews' ratings (each the mean of its five scores), to one decimal; empty without any. */
    public Optional<Double> rating() {
        if (reviewCount == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.round(10.0 * reviewPoints / (reviewCount * ReviewCriterion.values().length)) / 10.0);
    }

    public Double getRating() {
        return rating().orElse(null);
    }

    public int getReviewCount() {
        return reviewCount;
    }

    /** Rebuilds the word index and the duplicate key from the project's texts. */
    public final void reindex() {
        nameKey = SearchTerms.key(name);
        Set<String> fresh = SearchTerms.of(name, tagline, problem, solution, team, impact, copycatOf, licence);
        terms.retainAll(fresh);
        terms.addAll(fresh);
    }

    /**
     * What the project says, field by field, as text: compared before and after an edit, the names of the fields that
     * changed are the history's "what".
     */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("tagline", tagline);
        facts.put("problem", problem);
        facts.put("solution", solution);
        facts.put("stage", String.valueOf(stage));
        facts.put("sector", String.valueOf(sector));
        facts.put("businessModel", String.valueOf(businessModel));
        facts.put("openSource", String.valueOf(openSource));
        facts.put("licence", licence);
        facts.put("repositoryUrl", repositoryUrl);
        facts.put("website", website);
        facts.put("links", links);
        facts.put("team", team);
        facts.put("usersCount", String.valueOf(usersCount));
        facts.put("impact", impact);
        facts.put("mobileApp", String.valueOf(mobileApp));
        facts.put("copycatOf", copycatOf);
        facts.put("regions", regions.stream().map(Region::getCode).sorted().toList().toString());
        facts.put("levels", new java.util.TreeSet<>(levels).toString());
        facts.put("needs", new java.util.TreeSet<>(needs).toString());
        return facts;
    }

    /** The names of the facts that differ between two {@link #facts()}, in the order of the form. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(k -> !Objects.equals(normal(before.get(k)), normal(after.get(k)))).toList();
    }

    private static String normal(String value) {
        return value == null || value.isBlank() || "null".equals(value) ? "" : value.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The links, one per line, as written. */
    public List<String> getLinkList() {
        return links == null ? List.of() : links.lines().map(String::strip).filter(l -> l.matches("https?://\\S+")).toList();
    }

    @Override
    protected String auditSummary() {
        return name + " (" + status + ")";
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public BusinessModel getBusinessModel() {
        return businessModel;
    }

    public void setBusinessModel(BusinessModel businessModel) {
        this.businessModel = businessModel;
    }

    public boolean isOpenSource() {
        return openSource;
    }

    public void setOpenSource(boolean openSource) {
        this.openSource = openSource;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getRepositoryUrl() {
        return repositoryUrl;
    }

    public void setRepositoryUrl(String repositoryUrl) {
        this.repositoryUrl = repositoryUrl == null || repositoryUrl.isBlank() ? null : repositoryUrl.strip();
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null || website.isBlank() ? null : website.strip();
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public Integer getUsersCount() {
        return usersCount;
    }

    public void setUsersCount(Integer usersCount) {
        this.usersCount = usersCount;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public boolean isMobileApp() {
        return mobileApp;
    }

    public void setMobileApp(boolean mobileApp) {
        this.mobileApp = mobileApp;
    }

    public String getCopycatOf() {
        return copycatOf;
    }

    public void setCopycatOf(String copycatOf) {
        this.copycatOf = copycatOf;
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Set<Region> regions) {
        this.regions = new HashSet<>(regions);
    }

    public Set<GovernmentLevel> getLevels() {
        return levels;
    }

    public void setLevels(Set<GovernmentLevel> levels) {
        this.levels = levels.isEmpty() ? EnumSet.noneOf(GovernmentLevel.class) : EnumSet.copyOf(levels);
    }

    public Set<Need> getNeeds() {
        return needs;
    }

    public void setNeeds(Set<Need> needs) {
        this.needs = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Person getOwner() {
        return owner;
    }

    public Organisation getStartup() {
        return startup;
    }
}
