package org.govtechhub.bench;

import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.incubator.BusinessModel;
import org.govtechhub.incubator.CataloguePage;
import org.govtechhub.incubator.CatalogueQuery;
import org.govtechhub.incubator.CatalogueQuery.Facet;
import org.govtechhub.incubator.CatalogueQuery.Sort;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.ExpertReview;
import org.govtechhub.incubator.ReviewCriterion;
import org.govtechhub.incubator.ReviewService;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectStage;
import org.govtechhub.incubator.Sector;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.QueryCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test of the build (run by name, see docs/benchmarks.md): the public catalogue at 10,000 published
 * projects, half in English and half in Russian, with their word index ({@code project_term}, computed by the real
 * {@code SearchTerms}: over half a million rows, thousands of distinct words), seeded in JDBC by
 * {@link CatalogueSeeder}. Times {@link CatalogueService#search} as a visitor's search runs it (the page, the count
 * and the six facets' counts) for a fixed mix of searches: 5 warm-up rounds of the whole mix, then 30 measured
 * rounds; prints each search's median and 95th percentile, its result count and the SQL statements it sends (which
 * must be 8 whatever the data), and the 95th percentile of all measured searches. Asserts only what holds whatever
 * the speed: the counts are consistent, a search sends 8 statements.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueSearchBenchmark {

    static final int PROJECTS = 10_000;
    /** The panel that wrote the seeded reviews: 10,000 × 5 = 50,000 reviews. */
    static final int EXPERTS = 60;
    static final int CHUNK = 2_500;
    static final int WARM_UPS = 5;
    static final int ROUNDS = 30;
    static final int STATEMENTS_PER_SEARCH = 8;
    private static final long SEED = 20_240_611L;

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(CatalogueSearchBenchmark.class, CatalogueSeeder.class, QueryCounter.class).build();
    }

    @Inject
    private CatalogueSeeder seeder;

    @Inject
    private QueryCounter queries;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private PersonService people;

    @Inject
    private ReviewService reviewService;

    @Test
    void aCatalogueOfTenThousandPublishedProjects() throws Exception {
        long millis = System.currentTimeMillis();
        String marker = "bench-" + millis;
        Person owner = people.createWithoutPassword(new Person("Catalogue benchmark " + millis, marker + "@example.org", null,
                EnumSet.of(Role.CIVIL_SERVANT)));
        List<Long> experts = new ArrayList<>();
        for (int e = 0; e < EXPERTS; e++) {
            experts.add(people.createWithoutPassword(new Person("Benchmark expert " + e, marker + "-expert-" + e + "@example.org", null,
                    EnumSet.of(Role.EXPERT))).getId());
        }
        long seeding = System.nanoTime();
        long firstId = seeder.reserveIds(PROJECTS);
        long firstReviewId = seeder.reserveIds(PROJECTS * CatalogueSeeder.IDS_PER_REVIEWED_PROJECT);
        long reviews = 0;
        List<String> sampled = new ArrayList<>();
        CatalogueSeeder.Generator generator = new CatalogueSeeder.Generator(marker, seeder.places(), SEED);
        CatalogueSeeder.Written written = new CatalogueSeeder.Written(0, 0, 0, 0, 0, 0, 0);
        Set<String> distinctTerms = new HashSet<>();
        for (int from = 0; from < PROJECTS; from += CHUNK) {
            List<CatalogueSeeder.SeededProject> chunk = new ArrayList<>();
            for (int n = from; n < Math.min(PROJECTS, from + CHUNK); n++) {
                CatalogueSeeder.SeededProject project = generator.project(n, firstId + n);
                if (n % 20 == 0) {
                    sampled.add(project.slug());
                }
                distinctTerms.addAll(project.terms());
                chunk.add(project);
            }
            written = written.plus(seeder.insert(owner.getId(), chunk));
            reviews += seeder.insertReviews(chunk, experts, firstReviewId + (long) from * CatalogueSeeder.IDS_PER_REVIEWED_PROJECT);
        }
        System.out.printf("BENCH seeded %,d published projects in %.1f s: %,d terms (%,d distinct), %,d regions, %,d levels, %,d needs; "
                        + "%,d INSERT statements in %d transactions; ids %,d..%,d reserved from id_sequence; %d terms dropped as "
                        + "duplicates under the collation%n", written.projects(), (System.nanoTime() - seeding) / 1e9, written.terms(),
                distinctTerms.size(), written.regions(), written.levels(), written.needs(), written.statements(),
                (PROJECTS + CHUNK - 1) / CHUNK, firstId, firstId + PROJECTS - 1, written.collationDuplicates());
        assertEquals(PROJECTS, written.projects());
        System.out.printf("BENCH seeded %,d released expert reviews (%d per project, by %d experts): %,d rounds, %,d sheets, %,d scores%n",
                reviews, CatalogueSeeder.REVIEWS_PER_PROJECT, EXPERTS, PROJECTS, reviews, reviews * 5);
        assertEquals((long) PROJECTS * CatalogueSeeder.REVIEWS_PER_PROJECT, reviews);

        List<String> problems = new ArrayList<>();
        // the run's marker is a word of every seeded name: the index holds all of them, and nothing else has it
        long ofThisRun = catalogue.search(query(Long.toString(millis))).total();
        if (ofThisRun != PROJECTS) {
            problems.add("the run's marker finds " + ofThisRun + " projects, not " + PROJECTS);
        }
        problems.addAll(run(mix(), catalogue::search, queries::statements, WARM_UPS, ROUNDS, System.out));
        problems.addAll(projectPages(sampled));
        assertEquals(List.of(), problems, "inconsistent counts or statements");
    }

    /**
     * A project's public page among 50,000 reviews: the project by its address, its released reviews and the mean
     * score per criterion; timed over the sampled projects, after as many warm-ups.
     */
    private List<String> projectPages(List<String> slugs) throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        long[] nanos = new long[slugs.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                long start = System.nanoTime();
                Object[] page = projectPage(slug);
                nanos[i] = System.nanoTime() - start;
                Project project = (Project) page[0];
                int released = ((List<?>) page[1]).size();
                int means = ((Map<?, ?>) page[2]).size();
                if (released != CatalogueSeeder.REVIEWS_PER_PROJECT || means != ReviewCriterion.values().length
                        || project.getReviewCount() != CatalogueSeeder.REVIEWS_PER_PROJECT) {
                    problems.add(slug + ": " + released + " reviews, " + means + " means, count " + project.getReviewCount());
                }
            }
        }
        long statements = queries.statements(() -> projectPage(slugs.get(0)));
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH project page with its reviews (%d projects, 50,000 reviews): p50 %.1f ms, p95 %.1f ms, max %.1f ms, "
                        + "at most %d statements%n", sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, statements);
        return problems;
    }

    /** What the public page of a project reads: the project, its released reviews, the means per criterion. */
    private Object[] projectPage(String slug) {
        Project project = catalogue.published(slug);
        List<ExpertReview> released = reviewService.released(project);
        Map<ReviewCriterion, Double> means = reviewService.criterionMeans(project);
        released.forEach(r -> r.scores().size());
        return new Object[] {project, released, means};
    }

    /**
     * One search of the mix; {@code base} and {@code narrowedBy}: the same search without one facet's choice. All but
     * the narrowest find something in the seeded catalogue.
     */
    record Search(String name, CatalogueQuery query, String base, Facet narrowedBy, Object value, boolean mayBeEmpty) {

        Search(String name, CatalogueQuery query) {
            this(name, query, null, null, null, false);
        }

        Search(String name, CatalogueQuery query, String base, Facet narrowedBy, Object value) {
            this(name, query, base, narrowedBy, value, false);
        }

        static Search narrowest(String name, CatalogueQuery query) {
            return new Search(name, query, null, null, null, true);
        }
    }

    /** Counts the SQL statements an action sends, as {@link QueryCounter#statements}. */
    @FunctionalInterface
    interface StatementCounter {
        long statements(Supplier<?> action) throws Exception;
    }

    static CatalogueQuery query(String text) {
        return new CatalogueQuery(text, null, null, null, null, null, null, Sort.NEWEST, 1);
    }

    /** The searches: what visitors type and click, from the widest to the narrowest. */
    static List<Search> mix() {
        return List.of(
                new Search("everything, newest first", CatalogueQuery.all()),
                new Search("one common English word (residents)", query("residents")),
                new Search("one rare word (" + CatalogueSeeder.RARE_WORD + ")", query(CatalogueSeeder.RARE_WORD)),
                new Search("two words (bus route)", query("bus route")),
                new Search("two Russian words (жители города)", query("жители города")),
                new Search("a Russian word in an inflection not indexed (остановкам)", query("остановкам")),
                new Search("the prefix of a word (transp)", query("transp")),
                new Search("six words (city residents open data map report)", query("city residents open data map report")),
                new Search("one word (passengers)", query("passengers")),
                new Search("one word (passengers) + sector TRANSPORT",
                        new CatalogueQuery("passengers", Sector.TRANSPORT, null, null, null, null, null, Sort.NEWEST, 1),
                        "one word (passengers)", Facet.SECTOR, Sector.TRANSPORT),
                new Search("region RU-SAM", new CatalogueQuery(null, null, "RU-SAM", null, null, null, null, Sort.NEWEST, 1),
                        "everything, newest first", Facet.REGION, "RU-SAM"),
                new Search("one word (волонтёры)", query("волонтёры")),
                new Search("one word (волонтёры) + need VOLUNTEERS",
                        new CatalogueQuery("волонтёры", null, null, null, null, null, Need.VOLUNTEERS, Sort.NEWEST, 1),
                        "one word (волонтёры)", Facet.NEED, Need.VOLUNTEERS),
                new Search("open source", new CatalogueQuery(null, null, null, null, null, true, null, Sort.NEWEST, 1),
                        "everything, newest first", Facet.OPEN_SOURCE, true),
                new Search("open source + stage PILOT", new CatalogueQuery(null, null, null, ProjectStage.PILOT, null, true, null, Sort.NEWEST, 1),
                        "open source", Facet.STAGE, ProjectStage.PILOT),
                Search.narrowest("a word and five facets (data, TRANSPARENCY, RU-TA, SCALING, open source, PARTNERS)",
                        new CatalogueQuery("data", Sector.TRANSPARENCY, "RU-TA", ProjectStage.SCALING, null, true, Need.PARTNERS,
                                Sort.NEWEST, 1)),
                Search.narrowest("a word and every facet (data, TRANSPARENCY, RU-TA, SCALING, GRANTS, open source, PARTNERS)",
                        new CatalogueQuery("data", Sector.TRANSPARENCY, "RU-TA", ProjectStage.SCALING, BusinessModel.GRANTS, true,
                                Need.PARTNERS, Sort.NEWEST, 1)),
                new Search("everything, page 50", new CatalogueQuery(null, null, null, null, null, null, null, Sort.NEWEST, 50)),
                new Search("everything by name", new CatalogueQuery(null, null, null, null, null, null, null, Sort.NAME, 1)),
                new Search("everything by last change", new CatalogueQuery(null, null, null, null, null, null, null, Sort.UPDATED, 1)));
    }

    /**
     * Warms up, measures and prints the mix, then runs each search once more counting its statements; returns what
     * is inconsistent (nothing, normally).
     */
    static List<String> run(List<Search> mix, Function<CatalogueQuery, CataloguePage> search, StatementCounter counter, int warmUps,
                            int rounds, PrintStream out) throws Exception {
        for (int round = 0; round < warmUps; round++) {
            for (Search s : mix) {
                search.apply(s.query());
            }
        }
        long[][] nanos = new long[mix.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < mix.size(); i++) {
                long start = System.nanoTime();
                search.apply(mix.get(i).query());
                nanos[i][round] = System.nanoTime() - start;
            }
        }
        Map<String, CataloguePage> pages = new LinkedHashMap<>();
        Map<String, Long> statements = new LinkedHashMap<>();
        for (Search s : mix) {
            AtomicReference<CataloguePage> page = new AtomicReference<>();
            statements.put(s.name(), counter.statements(() -> {
                page.set(search.apply(s.query()));
                return null;
            }));
            pages.put(s.name(), page.get());
        }

        out.println("BENCH catalogue search | median ms | p95 ms | results | SQL statements");
        long[] all = new long[mix.size() * rounds];
        for (int i = 0; i < mix.size(); i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            System.arraycopy(sorted, 0, all, i * rounds, rounds);
            Search s = mix.get(i);
            out.printf("BENCH %s | %.1f | %.1f | %,d | %d%n", s.name(), sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.95)] / 1e6, pages.get(s.name()).total(), statements.get(s.name()));
        }
        Arrays.sort(all);
        out.printf("BENCH all %,d measured searches | median %.1f ms | p95 %.1f ms%n", all.length, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.95)] / 1e6);
        out.printf("BENCH SQL statements per search: %s (must be %d whatever the data)%n", new java.util.TreeSet<>(statements.values()),
                STATEMENTS_PER_SEARCH);
        return inconsistencies(mix, pages, statements);
    }

    static List<String> inconsistencies(List<Search> mix, Map<String, CataloguePage> pages, Map<String, Long> statements) {
        List<String> problems = new ArrayList<>();
        CataloguePage everything = pages.get(mix.get(0).name());
        for (Search s : mix) {
            CataloguePage page = pages.get(s.name());
            CatalogueQuery q = s.query();
            String name = s.name() + ": ";
            if (statements.get(s.name()) != STATEMENTS_PER_SEARCH) {
                problems.add(name + statements.get(s.name()) + " SQL statements, not " + STATEMENTS_PER_SEARCH);
            }
            if (page.total() < 0 || (page.total() == 0 && !s.mayBeEmpty())) {
                problems.add(name + page.total() + " results");
            }
            if (page.total() > everything.total()) {
                problems.add(name + page.total() + " results, more than the whole catalogue's " + everything.total());
            }
            long expectedRows = Math.max(0, Math.min(CatalogueQuery.PAGE_SIZE, page.total() - q.first()));
            if (page.projects().size() != expectedRows) {
                problems.add(name + page.projects().size() + " projects on page " + q.page() + ", not " + expectedRows);
            }
            if (!page.projects().stream().allMatch(Project::isPublished)) {
                problems.add(name + "a project on the page is not published");
            }
            for (Facet facet : Facet.values()) {
                Map<Object, Long> counts = page.facets().get(facet);
                if (counts == null) {
                    problems.add(name + "no counts for " + facet);
                    continue;
                }
                if (counts.values().stream().anyMatch(c -> c == null || c < 0)) {
                    problems.add(name + "a negative count for " + facet + ": " + counts);
                }
                Object chosen = chosen(q, facet);
                if (chosen != null) {
                    // its counts leave its own choice out: the chosen value's count is the total
                    if (page.count(facet, chosen) != page.total()) {
                        problems.add(name + facet + " " + chosen + " counts " + page.count(facet, chosen) + ", the total is " + page.total());
                    }
                } else if (facet == Facet.REGION || facet == Facet.NEED) {
                    // a project has several regions and needs: each value's count is at most the total
                    if (counts.values().stream().anyMatch(c -> c > page.total())) {
                        problems.add(name + facet + " counts " + counts + " above the total " + page.total());
                    }
                } else {
                    // one value each: the counts add up to the total
                    long sum = counts.values().stream().mapToLong(Long::longValue).sum();
                    if (sum != page.total()) {
                        problems.add(name + facet + " counts add up to " + sum + ", the total is " + page.total());
                    }
                }
            }
            if (s.base() != null) {
                CataloguePage base = pages.get(s.base());
                if (page.total() > base.total()) {
                    problems.add(name + page.total() + " results, more than " + base.total() + " without " + s.narrowedBy());
                }
                if (base.count(s.narrowedBy(), s.value()) != page.total()) {
                    problems.add(name + page.total() + " results, but \"" + s.base() + "\" counts " + base.count(s.narrowedBy(), s.value())
                            + " for " + s.narrowedBy() + " " + s.value());
                }
            }
            if (q.text() == null && q.sector() == null && q.region() == null && q.stage() == null && q.model() == null
                    && q.openSource() == null && q.need() == null) {
                if (page.total() != everything.total() || !page.facets().equals(everything.facets())) {
                    problems.add(name + "the whole catalogue in another order or page differs from \"" + mix.get(0).name() + "\"");
                }
                if (page.total() < PROJECTS) {
                    problems.add(name + page.total() + " results, fewer than the " + PROJECTS + " seeded");
                }
            }
        }
        mix.stream().filter(s -> CatalogueSeeder.RARE_WORD.equals(s.query().text())).forEach(s -> {
            long rare = pages.get(s.name()).total();
            if (rare < PROJECTS / CatalogueSeeder.RARE_EVERY) {
                problems.add(s.name() + ": " + rare + " projects, fewer than the " + PROJECTS / CatalogueSeeder.RARE_EVERY + " seeded");
            }
        });
        return problems;
    }

    private static Object chosen(CatalogueQuery q, Facet facet) {
        return switch (facet) {
            case SECTOR -> q.sector();
            case REGION -> q.region();
            case STAGE -> q.stage();
            case MODEL -> q.model();
            case OPEN_SOURCE -> q.openSource();
            case NEED -> q.need();
        };
    }
}
