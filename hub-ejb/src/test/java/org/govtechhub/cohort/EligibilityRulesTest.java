package org.govtechhub.cohort;

import org.govtechhub.cohort.EligibilityResult.RuleCheck;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cohort's eligibility rules, checked by hand against Telangana's: private, at most 7 years (10 for social and biotech), 3.3M, an MVP. */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final EligibilityRules TELANGANA = EligibilityRules.telangana();

    private static StartupFacts startup(LegalForm form, LocalDate registeredOn, String sector, Map<Integer, String> turnover, boolean hasMvp) {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        turnover.forEach((year, amount) -> byYear.put(year, new BigDecimal(amount)));
        return new StartupFacts(form, registeredOn, sector, byYear, 6, hasMvp);
    }

    /** A private fintech with an MVP and turnover well under the limit, registered on the given day. */
    private static StartupFacts fintech(LocalDate registeredOn) {
        return startup(LegalForm.PRIVATE_COMPANY, registeredOn, "fintech", Map.of(2024, "800000", 2025, "1500000"), true);
    }

    private static RuleCheck check(EligibilityResult result, String rule) {
        return result.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aSixYearOldPrivateCompanyWithAnMvpAndSmallTurnoverEveryYearIsEligible() {
        StartupFacts facts = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2019, 11, 26), "GovTech",
                Map.of(2023, "400000", 2024, "3300000", 2025, "2100000"), true);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertTrue(result.eligible());
        assertEquals(List.of("legalForm", "age", "turnover", "mvp"), result.checks().stream().map(RuleCheck::rule).toList());
        assertEquals(List.of("cohort.eligibility.legalForm.ok", "cohort.eligibility.age.ok", "cohort.eligibility.turnover.ok",
                "cohort.eligibility.mvp.ok"), result.checks().stream().map(RuleCheck::messageKey).toList());
        assertArrayEquals(new Object[] {6, 7, "", 0}, check(result, "age").params(), "6 years old, limit 7, no sector exception");
        assertArrayEquals(new Object[] {2024, new BigDecimal("3300000"), new BigDecimal("3300000")}, check(result, "turnover").params(),
                "exactly the limit in the best year is still within it");
        assertTrue(result.override().isEmpty());
    }

    @Test
    void anEightYearOldCompanyIsRefusedWithItsAgeAndTheLimit() {
        EligibilityResult result = TELANGANA.check(fintech(LocalDate.of(2018, 6, 1)), TODAY);

        assertFalse(result.eligible());
        RuleCheck age = check(result, "age");
        assertFalse(age.passed());
        assertEquals("cohort.eligibility.age.fail", age.messageKey());
        assertArrayEquals(new Object[] {8, 7, "", 0}, age.params());
        assertEquals(1, result.checks().stream().filter(c -> !c.passed()).count(), "only the age rule fails");
    }

    @Test
    void anEightYearOldBiotechPassesUnderItsSectorException() {
        StartupFacts facts = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2018, 6, 1), " Biotech ", Map.of(2025, "900000"), true);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertTrue(result.eligible());
        assertEquals("cohort.eligibility.age.ok", check(result, "age").messageKey());
        assertArrayEquals(new Object[] {8, 10, "biotech", 1}, check(result, "age").params(), "the limit and the sector that set it");
    }

    @Test
    void ageGrowsOnTheAnniversaryOfRegistration() {
        StartupFacts registered2019 = fintech(LocalDate.of(2019, 11, 26));
        assertEquals(6, registered2019.ageOn(LocalDate.of(2026, 11, 25)));
        assertEquals(7, registered2019.ageOn(LocalDate.of(2026, 11, 26)));

        StartupFacts registered2018 = fintech(LocalDate.of(2018, 11, 26));
        assertTrue(TELANGANA.check(registered2018, LocalDate.of(2026, 11, 25)).eligible(), "7 years and 364 days: still 7");
        EligibilityResult onTheBirthday = TELANGANA.check(registered2018, LocalDate.of(2026, 11, 26));
        assertFalse(onTheBirthday.eligible(), "8 on the day");
        assertArrayEquals(new Object[] {8, 7, "", 0}, check(onTheBirthday, "age").params());
    }

    @Test
    void turnoverAboveTheLimitInOneOfThreeYearsIsRefusedNamingThatYear() {
        StartupFacts facts = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2021, 3, 1), "mobility",
                Map.of(2023, "1200000", 2024, "3500000", 2025, "2900000"), true);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertFalse(result.eligible());
        RuleCheck turnover = check(result, "turnover");
        assertEquals("cohort.eligibility.turnover.fail", turnover.messageKey());
        assertArrayEquals(new Object[] {2024, new BigDecimal("3500000"), new BigDecimal("3300000")}, turnover.params());
    }

    @Test
    void noReportedTurnoverIsAFailureOfItsOwn() {
        StartupFacts facts = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2025, 2, 1), "health", Map.of(), true);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertFalse(result.eligible());
        RuleCheck turnover = check(result, "turnover");
        assertFalse(turnover.passed());
        assertEquals("cohort.eligibility.turnover.notReported", turnover.messageKey());
        assertArrayEquals(new Object[] {new BigDecimal("3300000")}, turnover.params());
    }

    @Test
    void aStartupWithoutAnMvpIsRefused() {
        StartupFacts facts = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2024, 5, 20), "edtech", Map.of(2025, "50000"), false);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertFalse(result.eligible());
        assertEquals("cohort.eligibility.mvp.fail", check(result, "mvp").messageKey());
    }

    @Test
    void aSoleProprietorIsNotAPrivateCompany() {
        StartupFacts facts = startup(LegalForm.SOLE_PROPRIETOR, LocalDate.of(2023, 1, 10), "agritech", Map.of(2025, "120000"), true);
        EligibilityResult result = TELANGANA.check(facts, TODAY);

        assertFalse(result.eligible());
        assertEquals("cohort.eligibility.legalForm.fail", check(result, "legalForm").messageKey());
    }

    @Test
    void rulesThatAreSwitchedOffAreNotListed() {
        EligibilityRules mvpOnly = new EligibilityRules(false, null, Map.of("biotech", 10), null, true);
        StartupFacts oldSoleProprietor = startup(LegalForm.SOLE_PROPRIETOR, LocalDate.of(1995, 4, 1), "biotech", Map.of(), true);
        EligibilityResult result = mvpOnly.check(oldSoleProprietor, TODAY);

        assertEquals(List.of("mvp"), result.checks().stream().map(RuleCheck::rule).toList());
        assertTrue(result.eligible());
        assertTrue(new EligibilityRules(false, null, null, null, false).check(oldSoleProprietor, TODAY).checks().isEmpty(),
                "no rules: nothing to explain");
    }

    @Test
    void sectorExceptionsAreKeptAsOneTextAndComparedWithoutCase() {
        EligibilityRules rules = new EligibilityRules(true, 5, Map.of(" Social ", 10, "BIOTECH", 8), null, false);
        assertEquals(Map.of("biotech", 8, "social", 10), rules.getAgeExceptionsBySector());
        assertEquals(Map.of("biotech", 10, "social", 10), TELANGANA.getAgeExceptionsBySector());

        StartupFacts socialSeven = startup(LegalForm.PRIVATE_COMPANY, LocalDate.of(2019, 1, 1), "SOCIAL", Map.of(), false);
        assertArrayEquals(new Object[] {7, 10, "social", 1}, check(rules.check(socialSeven, TODAY), "age").params());
    }

    @Test
    void aManagerMayAdmitAnIneligibleStartupWithAReasonAndTheFailedChecksStayVisible() {
        StartupFacts facts = startup(LegalForm.SOLE_PROPRIETOR, LocalDate.of(2023, 1, 10), "agritech", Map.of(2025, "120000"), true);
        EligibilityResult automatic = TELANGANA.check(facts, TODAY);
        EligibilityResult decided = automatic.override(true, "  Incorporation as a private company is filed; certificate seen. ", "Priya Rao");

        assertTrue(decided.eligible());
        assertFalse(decided.checksPassed());
        assertEquals(automatic.checks(), decided.checks());
        assertFalse(check(decided, "legalForm").passed(), "the failed rule is still shown");
        EligibilityResult.ManagerOverride override = decided.override().orElseThrow();
        assertEquals("Incorporation as a private company is filed; certificate seen.", override.reason());
        assertEquals("Priya Rao", override.by());
        assertFalse(automatic.eligible(), "the automatic result is unchanged");

        EligibilityResult refused = TELANGANA.check(fintech(LocalDate.of(2022, 1, 1)), TODAY)
                .override(false, "The same team is already in this cohort with another company.", "Priya Rao");
        assertFalse(refused.eligible(), "an override can refuse an eligible startup too");
        assertTrue(refused.checksPassed());
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        EligibilityResult result = TELANGANA.check(fintech(LocalDate.of(2010, 1, 1)), TODAY);
        for (String reason : new String[] {null, "", "   "}) {
            BusinessException e = assertThrows(BusinessException.class, () -> result.override(true, reason, "Priya Rao"));
            assertEquals("cohort.eligibility.overrideReasonRequired", e.getMessageKey());
        }
        assertFalse(result.eligible());
    }
}
