package org.govtechhub.bench;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Inside the server: fills a cohort's challenges with many applications in a few set-based SQL statements (a
 * recursive sequence), as years of intakes would. Ids come from a range far above the id generator's.
 */
@Stateless
public class ScaleSeeder {

    private static final long BASE = 900_000_000L;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /**
     * {@code startups} startups with complete profiles, each applying to every challenge: startups × challenges
     * applications, a mix of statuses as a real intake has, one PDF record for every fifth.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(long cohortId, List<Long> challengeIds, long authorId, int startups) {
        em.createNativeQuery("SET SESSION max_recursive_iterations = 1000000").executeUpdate();
        String audit = "1, NOW(6), 'bench', NOW(6), 'bench'";
        String sequence = "WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < " + (startups - 1) + ") ";
        em.createNativeQuery("INSERT INTO organisation (id, version, created_at, created_by, updated_at, updated_by, name, kind, active) "
                + sequence + "SELECT " + BASE + " + n, " + audit + ", CONCAT('Scale startup ', n), 'STARTUP', TRUE FROM seq").executeUpdate();
        em.createNativeQuery("INSERT INTO startup_profile (id, version, created_at, created_by, updated_at, updated_by, organisation_id, "
                + "legal_form, registered_on, sector, team_size, has_mvp) " + sequence + "SELECT " + BASE + " + n, " + audit + ", " + BASE
                + " + n, 'PRIVATE_COMPANY', DATE_SUB(CURDATE(), INTERVAL (n MOD 12) YEAR), IF(n MOD 7 = 0, 'Biotech', 'govtech'), 5, "
                + "n MOD 9 <> 0 FROM seq").executeUpdate();
        em.createNativeQuery("INSERT INTO startup_turnover (profile_id, year_no, amount) " + sequence + "SELECT " + BASE
                + " + n, YEAR(CURDATE()) - 1, 100000 + (n MOD 50) * 40000 FROM seq").executeUpdate();
        for (int c = 0; c < challengeIds.size(); c++) {
            long first = BASE + (long) c * startups;
            em.createNativeQuery("INSERT INTO application (id, version, created_at, created_by, updated_at, updated_by, challenge_id, "
                    + "startup_id, author_id, proposal, status, submitted_at, rules_passed, cohort_id) " + sequence + "SELECT " + first + " + n, "
                    + audit + ", " + challengeIds.get(c) + ", " + BASE + " + n, " + authorId + ", CONCAT('Proposal ', n), "
                    + "ELT(1 + (n + " + c + ") MOD 20, 'DRAFT', 'INELIGIBLE', 'INELIGIBLE', 'INELIGIBLE', 'INELIGIBLE', 'WITHDRAWN', "
                    + "'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', "
                    + "'REJECTED', 'REJECTED', 'SHORTLISTED', 'PITCHED', 'WAITLISTED'), "
                    + "DATE_SUB(NOW(6), INTERVAL n MINUTE), n MOD 9 <> 0, " + cohortId + " FROM seq").executeUpdate();
            em.createNativeQuery("UPDATE application SET reached = CASE status WHEN 'INELIGIBLE' THEN 'SUBMITTED' WHEN 'WAITLISTED' "
                    + "THEN 'PITCHED' WHEN 'REJECTED' THEN 'SHORTLISTED' WHEN 'WITHDRAWN' THEN 'SUBMITTED' WHEN 'DRAFT' THEN NULL "
                    + "ELSE status END, submitted_at = IF(status = 'DRAFT', NULL, submitted_at) WHERE challenge_id = " + challengeIds.get(c))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO application_document (id, version, created_at, created_by, updated_at, updated_by, "
                    + "application_id, file_name, size_bytes, content) " + sequence + "SELECT " + first + " + n, " + audit + ", " + first
                    + " + n, 'pitch-deck.pdf', 48, X'255044462D312E340A' FROM seq WHERE n MOD 5 = 0").executeUpdate();
        }
    }
}
