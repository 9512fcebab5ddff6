package org.govtechhub.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.govtechhub.incubator.BusinessModel;
import org.govtechhub.incubator.GovernmentLevel;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.ProjectStage;
import org.govtechhub.incubator.ProjectStatus;
import org.govtechhub.incubator.ReviewCriterion;
import org.govtechhub.incubator.SearchTerms;
import org.govtechhub.incubator.Sector;
import org.govtechhub.shared.Clock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Inside the server: fills the public catalogue with many published projects in plain JDBC on the application's
 * datasource, multi-row INSERT statements in one transaction a chunk, with their regions, levels, needs and their
 * word index ({@code project_term}) computed by the real {@link SearchTerms#of} from the same fields as
 * {@code Project.reindex()}.
 * <p>
 * Ids are reserved from the application's own table generator ({@code id_sequence 'hub'}, as migration V4 does): the
 * row is locked, raised by the number of projects and committed at once, so the generator never hands out a seeded
 * id and a second run on the same database takes the next block. EclipseLink takes {@code next_val + 1 …} for a
 * block, so the reserved ids are {@code next_val + 1 … next_val + count}. Audit columns as an entity's first
 * {@code persist} leaves them: version 1, UTC times ({@link Clock}), the actor {@value #ACTOR}.
 * <p>
 * The texts are English or Russian sentences built from civic-tech word lists in several inflections, per sector;
 * every name and address carries the run's marker ({@code bench-<millis>-<n>}), so runs never collide with each other
 * or with the demo projects on the unique name key and slug.
 */
@Stateless
public class CatalogueSeeder {

    public static final String ACTOR = "bench";

    /** A deterministic rare word: in the English texts of one project in {@value #RARE_EVERY}. */
    public static final String RARE_WORD = "hydrant";
    public static final int RARE_EVERY = 2_000;

    @Resource(lookup = "jdbc/hub")
    private DataSource dataSource;

    /** One seeded project, ready for its rows. */
    public record SeededProject(long id, String slug, String name, String nameKey, String tagline, String problem,
                                String solution, ProjectStage stage, Sector sector, BusinessModel model, boolean openSource,
                                String licence, String repositoryUrl, String website, String team, Integer usersCount,
                                String impact, boolean mobileApp, String copycatOf, LocalDateTime createdAt,
                                LocalDateTime submittedAt, LocalDateTime publishedAt, LocalDateTime updatedAt,
                                List<String> regions, Set<GovernmentLevel> levels, Set<Need> needs, Set<String> terms) {
    }

    /** What one chunk wrote. */
    public record Written(long projects, long terms, long regions, long levels, long needs, long statements, long collationDuplicates) {

        public Written plus(Written other) {
            return new Written(projects + other.projects, terms + other.terms, regions + other.regions, levels + other.levels,
                    needs + other.needs, statements + other.statements, collationDuplicates + other.collationDuplicates);
        }
    }

    /** A region as the region table has it. */
    public record Place(String code, String nameEn, String nameRu) {
    }

    /** Reserves {@code count} ids from the table generator and commits; returns the first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserveIds(int count) {
        try (Connection db = dataSource.getConnection()) {
            long next;
            try (PreparedStatement lock = db.prepareStatement("SELECT next_val FROM id_sequence WHERE seq_name = 'hub' FOR UPDATE");
                 ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row 'hub' in id_sequence");
                }
                next = row.getLong(1);
            }
            try (PreparedStatement raise = db.prepareStatement("UPDATE id_sequence SET next_val = ? WHERE seq_name = 'hub'")) {
                raise.setLong(1, next + count);
                raise.executeUpdate();
            }
            return next + 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The region table's codes and names, by code. */
    public List<Place> places() {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT code, name_en, name_ru FROM region ORDER BY code");
             ResultSet rows = query.executeQuery()) {
            List<Place> places = new ArrayList<>();
            while (rows.next()) {
                places.add(new Place(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
            return places;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expert reviews seeded per project: released, so each counts in the project's rating. */
    public static final int REVIEWS_PER_PROJECT = 5;
    /** Ids one project takes for its reviews: its round, then a sheet and a review each. */
    public static final int IDS_PER_REVIEWED_PROJECT = 1 + 2 * REVIEWS_PER_PROJECT;

    /** Review k's score (1..5) on criterion c of the project: deterministic, spread over the scale. */
    static int score(long projectId, int k, int c) {
        return 1 + (int) Math.floorMod(projectId * 31 + k * 7L + c * 3L, 5L);
    }

    /** Review k's points, the sum of its five scores. */
    static int points(long projectId, int k) {
        int points = 0;
        for (int c = 0; c < ReviewCriterion.values().length; c++) {
            points += score(projectId, k, c);
        }
        return points;
    }

    /** The project's released reviews' points summed, as {@code project.review_points} keeps it. */
    static int reviewPoints(long projectId) {
        int points = 0;
        for (int k = 0; k < REVIEWS_PER_PROJECT; k++) {
            points += points(projectId, k);
        }
        return points;
    }

    /**
     * Writes each project's expert reviews as the application keeps them: its evaluation round (owner
     * {@code incubator-project:<id>}, the five criteria, scale 1..5, the project as its subject), one submitted sheet
     * with five commented scores per expert, and the released review. Experts k..k+4 (modulo the panel) review project k.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long insertReviews(List<SeededProject> projects, List<Long> experts, long firstId) {
        LocalDateTime now = Clock.now();
        try (Connection db = dataSource.getConnection();
             Inserter round = new Inserter(db, "evaluation_round", List.of("id", "version", "created_at", "created_by", "updated_at", "updated_by",
                     "owner", "round_no", "status", "trimmed_mean", "chair_order", "opened_at", "scale_max"), 500);
             Inserter criterion = new Inserter(db, "evaluation_criterion", List.of("round_id", "position", "code", "name", "weight"), 1_000);
             Inserter subject = new Inserter(db, "evaluation_subject", List.of("round_id", "subject_id"), 1_000);
             Inserter sheet = new Inserter(db, "evaluation_sheet", List.of("id", "version", "created_at", "created_by", "updated_at", "updated_by",
                     "round_id", "juror_id", "subject_id", "affinity", "affinity_note", "status", "submitted_at"), 500);
             Inserter score = new Inserter(db, "evaluation_score", List.of("sheet_id", "criterion", "score", "comment"), 1_000);
             Inserter review = new Inserter(db, "incubator_review", List.of("id", "version", "created_at", "created_by", "updated_at", "updated_by",
                     "project_id", "sheet_id", "expert_id", "recommendation", "anonymous", "points", "submitted_at", "released_at",
                     "released_by"), 500)) {
            ReviewCriterion[] criteria = ReviewCriterion.values();
            long next = firstId;
            // parents are written before their children: an inserter writes whenever its batch fills up
            long[] rounds = new long[projects.size()];
            for (int n = 0; n < projects.size(); n++) {
                SeededProject p = projects.get(n);
                long roundId = next++;
                rounds[n] = roundId;
                round.add(roundId, 1L, now, ACTOR, now, ACTOR, "incubator-project:" + p.id(), 1, "SCORING", false, "", now, ReviewCriterion.HIGHEST);
            }
            round.flush();
            for (int n = 0; n < projects.size(); n++) {
                for (int c = 0; c < criteria.length; c++) {
                    criterion.add(rounds[n], c, criteria[c].name(), criteria[c].name(), 100 / criteria.length);
                }
                subject.add(rounds[n], projects.get(n).id());
            }
            criterion.flush();
            subject.flush();
            List<long[]> sheets = new ArrayList<>();   // {sheet id, project id, expert id, k, review id}
            for (int n = 0; n < projects.size(); n++) {
                SeededProject p = projects.get(n);
                for (int k = 0; k < REVIEWS_PER_PROJECT; k++) {
                    long expert = experts.get((int) Math.floorMod(p.id() + k, (long) experts.size()));
                    long sheetId = next++;
                    sheet.add(sheetId, 1L, now, ACTOR, now, ACTOR, rounds[n], expert, p.id(), 50, p.sector().name(), "SUBMITTED", now);
                    sheets.add(new long[] {sheetId, p.id(), expert, k, next++});
                }
            }
            sheet.flush();
            for (long[] s : sheets) {
                for (int c = 0; c < criteria.length; c++) {
                    score.add(s[0], criteria[c].name(), score(s[1], (int) s[3], c), "Seen in the benchmark, point " + (c + 1) + ".");
                }
                int points = points(s[1], (int) s[3]);
                String advice = points >= 20 ? "SUPPORT" : points >= 13 ? "SUPPORT_WITH_CHANGES" : "NOT_YET";
                review.add(s[4], 1L, now, ACTOR, now, ACTOR, s[1], s[0], s[2], advice, s[3] % 3 == 0, points, now, now, ACTOR);
            }
            score.flush();
            review.flush();
            return review.rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the projects and all their rows, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Written insert(long ownerId, List<SeededProject> projects) {
        try (Connection db = dataSource.getConnection();
             Inserter project = new Inserter(db, "project", List.of("id", "version", "created_at", "created_by", "updated_at",
                     "updated_by", "slug", "name", "name_key", "tagline", "problem", "solution", "stage", "sector", "business_model",
                     "open_source", "licence", "repository_url", "website", "team", "users_count", "impact", "mobile_app", "copycat_of",
                     "status", "submitted_at", "published_at", "owner_id", "review_count", "review_points"), 200);
             Inserter term = new Inserter(db, "project_term", List.of("project_id", "term"), 2_000);
             Inserter region = new Inserter(db, "project_region", List.of("project_id", "region_code"), 1_000);
             Inserter level = new Inserter(db, "project_level", List.of("project_id", "level"), 1_000);
             Inserter need = new Inserter(db, "project_need", List.of("project_id", "need"), 1_000)) {
            long duplicates = 0;
            for (SeededProject p : projects) {
                project.add(p.id(), 1L, p.createdAt(), ACTOR, p.updatedAt(), ACTOR, p.slug(), p.name(), p.nameKey(), p.tagline(),
                        p.problem(), p.solution(), p.stage().name(), p.sector().name(), p.model().name(), p.openSource(), p.licence(),
                        p.repositoryUrl(), p.website(), p.team(), p.usersCount(), p.impact(), p.mobileApp(), p.copycatOf(),
                        ProjectStatus.PUBLISHED.name(), p.submittedAt(), p.publishedAt(), ownerId, REVIEWS_PER_PROJECT, reviewPoints(p.id()));
            }
            // children after all their parents, for the foreign keys
            project.flush();
            for (SeededProject p : projects) {
                Set<String> distinct = new LinkedHashSet<>();
                for (String t : p.terms()) {
                    if (distinct.add(collationKey(t))) {
                        term.add(p.id(), t);
                    } else {
                        duplicates++;
                    }
                }
                for (String code : p.regions()) {
                    region.add(p.id(), code);
                }
                for (GovernmentLevel l : p.levels()) {
                    level.add(p.id(), l.name());
                }
                for (Need n : p.needs()) {
                    need.add(p.id(), n.name());
                }
            }
            term.flush();
            region.flush();
            level.flush();
            need.flush();
            return new Written(project.rows, term.rows, region.rows, level.rows, need.rows,
                    project.statements + term.statements + region.statements + level.statements + need.statements, duplicates);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the database's accent-insensitive collation (utf8mb4_unicode_ci) compares of a term: two terms with the same
     * key would break project_term's primary key. The word lists are unaccented, so this never happens here; counted.
     */
    static String collationKey(String term) {
        return Normalizer.normalize(term, Normalizer.Form.NFD).replace("\u0438\u0306", "\u0439").replaceAll("\\p{M}", "");
    }

    /** Multi-row INSERTs of a fixed number of rows per statement (one prepared statement reused), the rest at the end. */
    private static final class Inserter implements AutoCloseable {

        private final Connection db;
        private final String table;
        private final List<String> columns;
        private final int rowsPerStatement;
        private final List<Object> values = new ArrayList<>();
        private PreparedStatement full;
        private long rows;
        private long statements;

        Inserter(Connection db, String table, List<String> columns, int rowsPerStatement) {
            this.db = db;
            this.table = table;
            this.columns = columns;
            this.rowsPerStatement = rowsPerStatement;
        }

        void add(Object... row) throws SQLException {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns.size() + " columns");
            }
            values.addAll(Arrays.asList(row));
            if (values.size() == columns.size() * rowsPerStatement) {
                flush();
            }
        }

        void flush() throws SQLException {
            int count = values.size() / columns.size();
            if (count == 0) {
                return;
            }
            boolean isFull = count == rowsPerStatement;
            PreparedStatement statement = isFull ? full() : db.prepareStatement(sql(count));
            try {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.executeUpdate();
            } finally {
                if (!isFull) {
                    statement.close();
                }
            }
            rows += count;
            statements++;
            values.clear();
        }

        private PreparedStatement full() throws SQLException {
            if (full == null) {
                full = db.prepareStatement(sql(rowsPerStatement));
            }
            return full;
        }

        private String sql(int count) {
            String row = columns.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                    .append(") VALUES ");
            for (int i = 0; i < count; i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            return sql.toString();
        }

        @Override
        public void close() throws SQLException {
            if (!values.isEmpty()) {
                throw new IllegalStateException(table + ": rows left unwritten");
            }
            if (full != null) {
                full.close();
            }
        }
    }

    /**
     * The projects' texts and facets, the same for the same seed and number whatever the chunking. English or Russian
     * (about half each); each sector has its own topic words, shared by its projects (a topic word is in a few hundred
     * projects), a few general words are in thousands, the invented brand names, people and numbers make the long tail.
     */
    public static final class Generator {

        private final String marker;
        private final List<Place> places;
        private final long seed;
        private final LocalDateTime now = Clock.now();

        /** @param marker the run's unique marker, such as {@code bench-1718000000000} */
        public Generator(String marker, List<Place> places, long seed) {
            if (places.isEmpty()) {
                throw new IllegalArgumentException("no regions");
            }
            this.marker = marker;
            this.places = List.copyOf(places);
            this.seed = seed;
        }

        public SeededProject project(int n, long id) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
            Sector sector = pick(random, Sector.values());
            boolean rare = n % RARE_EVERY == 17;
            boolean russian = !rare && random.nextInt(100) < 52;
            List<Place> where = new ArrayList<>();
            int regionCount = 1 + random.nextInt(3);
            while (where.size() < Math.min(regionCount, places.size())) {
                Place place = places.get(random.nextInt(places.size()));
                if (!where.contains(place)) {
                    where.add(place);
                }
            }
            Words words = new Words(random, sector, russian);
            String brand = brand(random);
            String name = (russian ? brand + " — " + pick(random, RU_PRODUCTS) : brand + " " + pick(random, EN_FIRST) + pick(random, EN_SECOND))
                    + " (" + marker + "-" + n + ")";
            String placeName = russian ? where.get(0).nameRu() : where.get(0).nameEn();
            String tagline = words.tagline(brand, placeName);
            String problem = words.problem(placeName);
            String solution = words.solution(brand) + (rare ? " It also maps every fire " + RARE_WORD + " of the district for the rescuers." : "");
            boolean openSource = random.nextInt(100) < 35;
            String licence = openSource ? pick(random, LICENCES) : null;
            String team = words.team();
            String impact = random.nextInt(100) < 60 ? words.impact() : null;
            String copycatOf = random.nextInt(100) < 12 ? pick(random, COPYCATS) : null;
            String slug = SearchTerms.slug(name);
            if (!slug.endsWith(SearchTerms.slug(marker + "-" + n))) {
                throw new IllegalStateException("the slug lost the run's marker: " + slug);
            }
            Set<GovernmentLevel> levels = new LinkedHashSet<>();
            levels.add(pick(random, GovernmentLevel.values()));
            if (random.nextInt(3) == 0) {
                levels.add(pick(random, GovernmentLevel.values()));
            }
            Set<Need> needs = new LinkedHashSet<>();
            int needCount = random.nextInt(4);
            while (needs.size() < needCount) {
                needs.add(pick(random, Need.values()));
            }
            // a catalogue of years: published over three years, changed since, created and submitted before
            LocalDateTime publishedAt = now.minusMinutes(60 + random.nextInt(3 * 365 * 24 * 60));
            long sincePublished = java.time.Duration.between(publishedAt, now).toMinutes();
            LocalDateTime updatedAt = random.nextInt(3) == 0 ? publishedAt : publishedAt.plusMinutes(random.nextLong(Math.max(1, sincePublished)));
            LocalDateTime submittedAt = publishedAt.minusMinutes(30 + random.nextInt(14 * 24 * 60));
            LocalDateTime createdAt = submittedAt.minusMinutes(10 + random.nextInt(90 * 24 * 60));
            String website = random.nextInt(2) == 0 ? "https://" + slug + ".example.org" : null;
            String repository = openSource ? "https://github.com/govtech-bench/" + slug : null;
            Integer users = random.nextInt(4) == 0 ? null : random.nextInt(250_000);
            Set<String> terms = SearchTerms.of(name, tagline, problem, solution, team, impact, copycatOf, licence);
            return new SeededProject(id, slug, name, SearchTerms.key(name), tagline, problem, solution, pick(random, ProjectStage.values()),
                    sector, pick(random, BusinessModel.values()), openSource, licence, repository, website, team, users, impact,
                    random.nextInt(100) < 30, copycatOf, createdAt, submittedAt, publishedAt, updatedAt,
                    where.stream().map(Place::code).toList(), levels, needs, terms);
        }

        private static String brand(SplittableRandom random) {
            StringBuilder brand = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                brand.append(pick(random, SYLLABLES));
            }
            return Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
        }
    }

    /** Sentences of one project: its sector's topic words most of the time, the general words, now and then another sector's. */
    private static final class Words {

        private final SplittableRandom random;
        private final boolean russian;
        private final String[][] topic;

        Words(SplittableRandom random, Sector sector, boolean russian) {
            this.random = random;
            this.russian = russian;
            this.topic = (russian ? RU_TOPICS : EN_TOPICS)[sector.ordinal()];
        }

        /** A noun's forms: English {singular, plural}; Russian {nom. sg., gen. sg., nom. pl., gen. pl.}. */
        private String[] topicNoun() {
            if (random.nextInt(100) < 15) {
                String[][][] all = russian ? RU_TOPICS : EN_TOPICS;
                String[][] other = all[random.nextInt(all.length)];
                return other[random.nextInt(other.length)];
            }
            return topic[random.nextInt(topic.length)];
        }

        private String[] generalNoun() {
            return pick(random, russian ? RU_GENERAL : EN_GENERAL);
        }

        /** A verb's forms: English {base, 3rd sg., past, -ing}; Russian {3rd sg., 3rd pl., infinitive}. */
        private String[] verb() {
            return pick(random, russian ? RU_VERBS : EN_VERBS);
        }

        /** An adjective: English one form; Russian {m. sg., f. sg., pl. nom., pl. gen.}. */
        private String[] adjective() {
            return pick(random, russian ? RU_ADJECTIVES : EN_ADJECTIVES);
        }

        String tagline(String brand, String place) {
            if (russian) {
                return switch (random.nextInt(3)) {
                    case 0 -> capital(adjective()[2]) + " " + generalNoun()[2] + " " + topicNoun()[3] + " для жителей региона «" + place + "»";
                    case 1 -> brand + " " + verb()[0] + " " + generalNoun()[2] + " " + topicNoun()[3] + " и " + topicNoun()[3];
                    default -> "Мониторинг " + topicNoun()[3] + " и " + topicNoun()[3] + ": " + adjective()[2] + " " + generalNoun()[2];
                };
            }
            return switch (random.nextInt(3)) {
                case 0 -> capital(article(adjective()[0])) + " " + generalNoun()[0] + " of " + topicNoun()[1] + " for the residents of " + place;
                case 1 -> brand + " " + verb()[1] + " " + topicNoun()[1] + " and " + topicNoun()[1] + " for every " + generalNoun()[0];
                default -> capital(verb()[3]) + " " + adjective()[0] + " " + topicNoun()[1] + " in " + place;
            };
        }

        String problem(String place) {
            int sentences = 2 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(russian ? ruProblem(place) : enProblem(place));
            }
            return text.toString();
        }

        String solution(String brand) {
            int sentences = 3 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(russian ? ruSolution(brand) : enSolution(brand));
            }
            return text.toString();
        }

        private String enProblem(String place) {
            String[] a = topicNoun();
            String[] b = topicNoun();
            return switch (random.nextInt(6)) {
                case 0 -> "Residents of " + place + " do not know how many " + a[1] + " and " + b[1] + " their district has.";
                case 1 -> capital(generalNoun()[1]) + " wait for months before anyone " + verb()[2] + " the " + a[0] + ".";
                case 2 -> "The " + generalNoun()[0] + " rarely " + verb()[1] + " " + adjective()[0] + " information about " + a[1] + ".";
                case 3 -> "There is no " + adjective()[0] + " map of " + a[1] + " and " + b[1] + " in " + place + ".";
                case 4 -> capital(a[1]) + " and " + b[1] + " stay unnoticed while " + generalNoun()[1] + " are " + verb()[3] + " elsewhere.";
                default -> "Reports about " + a[1] + " get lost between the " + generalNoun()[1] + " responsible.";
            };
        }

        private String enSolution(String brand) {
            String[] a = topicNoun();
            String[] b = topicNoun();
            String[] v = verb();
            return switch (random.nextInt(6)) {
                case 0 -> brand + " " + v[1] + " the " + a[1] + " of the " + generalNoun()[0] + " on " + article(adjective()[0]) + " map.";
                case 1 -> capital(generalNoun()[1]) + " " + v[0] + " " + a[1] + " in two clicks; the " + generalNoun()[0] + " " + verb()[1] + " them.";
                case 2 -> "Every " + a[0] + " is " + v[2] + " and " + verb()[2] + " until the " + b[0] + " is fixed.";
                case 3 -> "The " + adjective()[0] + " " + generalNoun()[0] + " keeps " + a[1] + " and " + b[1] + " " + verb()[3] + " in one place.";
                case 4 -> "Volunteers and " + generalNoun()[1] + " " + v[0] + " " + adjective()[0] + " " + a[1] + " every week.";
                default -> "Notifications tell the " + generalNoun()[1] + " when " + a[1] + " are " + v[2] + ".";
            };
        }

        private String ruProblem(String place) {
            String[] a = topicNoun();
            String[] b = topicNoun();
            return switch (random.nextInt(6)) {
                case 0 -> "Жители региона «" + place + "» не знают, сколько " + a[3] + " и " + b[3] + " в их районе.";
                case 1 -> capital(generalNoun()[2]) + " годами ждут " + a[1] + ".";
                case 2 -> "Власти не публикуют " + adjective()[2] + " " + generalNoun()[2] + " " + a[3] + ".";
                case 3 -> "Нет единой карты " + a[3] + " и " + b[3] + ".";
                case 4 -> capital(a[2]) + " и " + b[2] + " остаются без внимания, пока " + generalNoun()[2] + " " + verb()[1] + " отчёты.";
                default -> "Сведения о состоянии " + a[3] + " теряются между ведомствами.";
            };
        }

        private String ruSolution(String brand) {
            String[] a = topicNoun();
            String[] b = topicNoun();
            String[] v = verb();
            return switch (random.nextInt(6)) {
                case 0 -> brand + " " + v[0] + " данные о состоянии " + a[3] + " и " + verb()[0] + " их на карте.";
                case 1 -> capital(generalNoun()[2]) + " " + v[1] + " заявки о проблемах " + a[1] + " за две минуты.";
                case 2 -> capital(adjective()[2]) + " " + generalNoun()[2] + " " + a[3] + " и " + b[3] + " " + verb()[1] + " каждую неделю.";
                case 3 -> "Платформа " + v[0] + " информацию от " + generalNoun()[3] + " и " + verb()[0] + " её ведомствам.";
                case 4 -> "Волонтёры и " + generalNoun()[2] + " " + v[1] + " " + adjective()[2] + " сведения о работе " + a[3] + ".";
                default -> "Уведомления " + v[1] + " новости " + a[3] + " и " + b[1] + " в приложении.";
            };
        }

        String team() {
            int people = 1 + random.nextInt(3);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                boolean woman = random.nextBoolean();
                int surname = random.nextInt(SURNAMES_EN.length);
                String role = pick(random, russian ? ROLES_RU : ROLES_EN);
                if (russian) {
                    names.add(pick(random, woman ? WOMEN_RU : MEN_RU) + " " + SURNAMES_RU[surname] + (woman ? "а" : "") + " (" + role + ")");
                } else {
                    names.add(pick(random, woman ? WOMEN_EN : MEN_EN) + " " + SURNAMES_EN[surname] + (woman ? "a" : "") + " (" + role + ")");
                }
            }
            int volunteers = random.nextInt(30);
            return String.join(", ", names) + (volunteers == 0 ? "" : russian ? " и " + volunteers + " волонтёров" : " and " + volunteers + " volunteers");
        }

        String impact() {
            int year = 2012 + random.nextInt(13);
            int count = 100 + random.nextInt(99_900);
            String[] a = topicNoun();
            if (russian) {
                return "С " + year + " года жители отправили " + count + " сообщений о проблемах " + a[3] + "; " + (10 + random.nextInt(90))
                        + " % из них решены.";
            }
            return "Since " + year + ", residents have sent " + count + " reports about " + a[1] + "; " + (10 + random.nextInt(90))
                    + " % of them were fixed.";
        }
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** "a public", "an open". */
    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String[] forms(String spaced) {
        return spaced.split(" ");
    }

    private static String[][] nouns(String... spaced) {
        return Arrays.stream(spaced).map(CatalogueSeeder::forms).toArray(String[][]::new);
    }

    /** Russian adjectives ending in -ый: the stem gives the four forms. */
    private static String[] adjectiveRu(String stem) {
        return new String[] {stem + "ый", stem + "ая", stem + "ые", stem + "ых"};
    }

    // English topic nouns (singular plural), five per sector in the order of Sector's constants
    private static final String[][][] EN_TOPICS = {
        nouns("petition petitions", "vote votes", "neighbourhood neighbourhoods", "initiative initiatives", "assembly assemblies"),
        nouns("fire fires", "flood floods", "shelter shelters", "rescuer rescuers", "donation donations"),
        nouns("procurement procurements", "contract contracts", "audit audits", "declaration declarations", "expense expenses"),
        nouns("bus buses", "route routes", "stop stops", "passenger passengers", "timetable timetables"),
        nouns("wheelchair wheelchairs", "ramp ramps", "disability disabilities", "caption captions", "interpreter interpreters"),
        nouns("lawyer lawyers", "court courts", "complaint complaints", "right rights", "consultation consultations"),
        nouns("permit permits", "queue queues", "appointment appointments", "certificate certificates", "office offices"),
        nouns("official officials", "vacancy vacancies", "ministry ministries", "regulation regulations", "servant servants"),
        nouns("clinic clinics", "doctor doctors", "patient patients", "vaccination vaccinations", "pharmacy pharmacies"),
        nouns("school schools", "teacher teachers", "pupil pupils", "course courses", "library libraries"),
        nouns("apartment apartments", "repair repairs", "landlord landlords", "utility utilities", "heating heating"),
        nouns("waste waste", "recycling recycling", "pollution pollution", "tree trees", "river rivers"),
    };

    private static final String[][] EN_GENERAL = nouns("city cities", "resident residents", "citizen citizens", "platform platforms",
            "map maps", "service services", "report reports", "request requests", "community communities", "authority authorities",
            "volunteer volunteers", "problem problems", "budget budgets", "dataset datasets", "app apps", "district districts",
            "street streets", "council councils");

    private static final String[][] EN_VERBS = nouns("report reports reported reporting", "track tracks tracked tracking",
            "publish publishes published publishing", "connect connects connected connecting", "help helps helped helping",
            "find finds found finding", "notify notifies notified notifying", "monitor monitors monitored monitoring",
            "collect collects collected collecting", "compare compares compared comparing", "share shares shared sharing",
            "check checks checked checking", "book books booked booking", "support supports supported supporting",
            "show shows showed showing", "send sends sent sending", "analyse analyses analysed analysing", "fix fixes fixed fixing",
            "organise organises organised organising", "explain explains explained explaining");

    private static final String[][] EN_ADJECTIVES = nouns("open", "public", "local", "municipal", "regional", "federal", "transparent",
            "accessible", "simple", "fast", "free", "mobile", "online", "independent", "digital", "safe", "green", "fair", "honest", "smart");

    // Russian topic nouns (nom. sg., gen. sg., nom. pl., gen. pl.), five per sector in the order of Sector's constants
    private static final String[][][] RU_TOPICS = {
        nouns("петиция петиции петиции петиций", "голосование голосования голосования голосований", "район района районы районов",
                "инициатива инициативы инициативы инициатив", "собрание собрания собрания собраний"),
        nouns("пожар пожара пожары пожаров", "наводнение наводнения наводнения наводнений", "убежище убежища убежища убежищ",
                "спасатель спасателя спасатели спасателей", "пожертвование пожертвования пожертвования пожертвований"),
        nouns("закупка закупки закупки закупок", "контракт контракта контракты контрактов", "расход расхода расходы расходов",
                "проверка проверки проверки проверок", "декларация декларации декларации деклараций"),
        nouns("автобус автобуса автобусы автобусов", "маршрут маршрута маршруты маршрутов", "остановка остановки остановки остановок",
                "пассажир пассажира пассажиры пассажиров", "расписание расписания расписания расписаний"),
        nouns("коляска коляски коляски колясок", "пандус пандуса пандусы пандусов", "инвалидность инвалидности инвалидности инвалидностей",
                "субтитр субтитра субтитры субтитров", "переводчик переводчика переводчики переводчиков"),
        nouns("юрист юриста юристы юристов", "суд суда суды судов", "жалоба жалобы жалобы жалоб", "право права права прав",
                "консультация консультации консультации консультаций"),
        nouns("справка справки справки справок", "очередь очереди очереди очередей", "запись записи записи записей",
                "услуга услуги услуги услуг", "ведомство ведомства ведомства ведомств"),
        nouns("чиновник чиновника чиновники чиновников", "вакансия вакансии вакансии вакансий",
                "министерство министерства министерства министерств", "регламент регламента регламенты регламентов",
                "служащий служащего служащие служащих"),
        nouns("поликлиника поликлиники поликлиники поликлиник", "врач врача врачи врачей", "пациент пациента пациенты пациентов",
                "прививка прививки прививки прививок", "аптека аптеки аптеки аптек"),
        nouns("школа школы школы школ", "учитель учителя учителя учителей", "ученик ученика ученики учеников", "курс курса курсы курсов",
                "библиотека библиотеки библиотеки библиотек"),
        nouns("квартира квартиры квартиры квартир", "ремонт ремонта ремонты ремонтов", "подъезд подъезда подъезды подъездов",
                "тариф тарифа тарифы тарифов", "отопление отопления отопления отоплений"),
        nouns("свалка свалки свалки свалок", "переработка переработки переработки переработок",
                "загрязнение загрязнения загрязнения загрязнений", "дерево дерева деревья деревьев", "река реки реки рек"),
    };

    private static final String[][] RU_GENERAL = nouns("город города города городов", "житель жителя жители жителей",
            "гражданин гражданина граждане граждан", "платформа платформы платформы платформ", "карта карты карты карт",
            "сервис сервиса сервисы сервисов", "сообщение сообщения сообщения сообщений", "заявка заявки заявки заявок",
            "власть власти власти властей", "проблема проблемы проблемы проблем", "бюджет бюджета бюджеты бюджетов",
            "реестр реестра реестры реестров", "приложение приложения приложения приложений", "волонтёр волонтёра волонтёры волонтёров",
            "улица улицы улицы улиц", "сообщество сообщества сообщества сообществ", "депутат депутата депутаты депутатов");

    private static final String[][] RU_VERBS = nouns("сообщает сообщают сообщить", "отслеживает отслеживают отслеживать",
            "публикует публикуют публиковать", "упрощает упрощают упростить", "находит находят найти", "обновляет обновляют обновить",
            "собирает собирают собрать", "сравнивает сравнивают сравнить", "показывает показывают показать",
            "проверяет проверяют проверить", "связывает связывают связать", "объясняет объясняют объяснить",
            "отправляет отправляют отправить", "поддерживает поддерживают поддержать", "анализирует анализируют анализировать",
            "записывает записывают записать", "исправляет исправляют исправить", "организует организуют организовать",
            "открывает открывают открыть", "ищет ищут искать");

    private static final String[][] RU_ADJECTIVES = {
        adjectiveRu("открыт"), adjectiveRu("общественн"), adjectiveRu("местн"), adjectiveRu("муниципальн"), adjectiveRu("региональн"),
        adjectiveRu("прозрачн"), adjectiveRu("доступн"), forms("простой простая простые простых"), adjectiveRu("удобн"),
        adjectiveRu("бесплатн"), adjectiveRu("мобильн"), adjectiveRu("независим"), forms("цифровой цифровая цифровые цифровых"),
        adjectiveRu("безопасн"), adjectiveRu("честн"), adjectiveRu("электронн"), forms("городской городская городские городских"),
        adjectiveRu("народн"), forms("гражданский гражданская гражданские гражданских"), adjectiveRu("быстр"),
    };

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ta", "lo", "ve", "na", "si", "do", "ra", "te", "po", "li", "zo",
        "ma", "ne", "gu", "vi", "sa", "bo", "ki", "ru", "fe", "da"};

    private static final String[] EN_FIRST = {"Street", "City", "Open", "Civic", "Gov", "Bus", "Budget", "Help", "Map", "Data", "Fire",
        "Green", "Safe", "Smart", "Fair", "People", "Town", "Public", "Local", "Vote"};

    private static final String[] EN_SECOND = {"Watch", "Map", "Journal", "Hub", "Net", "Radar", "Point", "Line", "Box", "Lab", "Track",
        "Guide", "Link", "Desk", "Pulse", "Base", "Flow", "Spot", "Check", "Mate"};

    private static final String[] RU_PRODUCTS = {"Народная карта", "Открытый город", "Чистый двор", "Мой район", "Добрые соседи",
        "Городской патруль", "Прозрачный бюджет", "Доступная среда", "Школьный навигатор", "Зелёный квартал", "Честные закупки",
        "Живая очередь", "Поликлиника онлайн", "Безопасная дорога", "Гражданский контроль", "Умный подъезд", "Чистая река",
        "Помощь рядом", "Электронная приёмная", "Сила голоса"};

    private static final String[] LICENCES = {"MIT", "GPL-3.0", "Apache-2.0", "AGPL-3.0", "MPL-2.0", "BSD-3-Clause"};

    private static final String[] COPYCATS = {"SeeClickFix", "FixMyStreet", "TheyWorkForYou", "Decidim", "Ushahidi", "OpenSpending",
        "mySociety WriteToThem", "Code for America GetCalFresh", "vTaiwan", "Consul"};

    private static final String[] WOMEN_EN = {"Anna", "Maria", "Olga", "Elena", "Natalia", "Irina", "Tatiana", "Svetlana", "Julia",
        "Ekaterina", "Emily", "Sophie", "Priya", "Lucia"};
    private static final String[] MEN_EN = {"Ivan", "Dmitry", "Sergey", "Alexey", "Pavel", "Andrey", "Mikhail", "Nikolai", "Artem",
        "Denis", "James", "Daniel", "Oliver", "Rahul", "Marco"};
    private static final String[] WOMEN_RU = {"Анна", "Мария", "Ольга", "Елена", "Наталья", "Ирина", "Татьяна", "Светлана", "Юлия",
        "Екатерина"};
    private static final String[] MEN_RU = {"Иван", "Дмитрий", "Сергей", "Алексей", "Павел", "Андрей", "Михаил", "Николай", "Артём",
        "Денис"};
    /** The same surnames in both scripts, masculine (the feminine adds -a / -а). */
    private static final String[] SURNAMES_EN = {"Petrov", "Sokolov", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Morozov",
        "Novikov", "Fedorov", "Orlov", "Lebedev", "Kozlov", "Egorov", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Titov"};
    private static final String[] SURNAMES_RU = {"Петров", "Соколов", "Иванов", "Смирнов", "Кузнецов", "Попов", "Волков", "Морозов",
        "Новиков", "Фёдоров", "Орлов", "Лебедев", "Козлов", "Егоров", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Титов"};
    private static final String[] ROLES_EN = {"product", "backend", "frontend", "design", "data", "community", "legal", "partnerships"};
    private static final String[] ROLES_RU = {"продукт", "разработка", "дизайн", "данные", "сообщество", "юрист", "партнёрства"};
}
