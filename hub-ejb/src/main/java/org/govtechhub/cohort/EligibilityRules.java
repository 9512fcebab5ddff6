package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.govtechhub.cohort.EligibilityResult.RuleCheck;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A cohort's eligibility rules, each of which can be switched off: the startup is a private company; the company
 * is at most {@code maxAgeYears} old, or as old as its sector's exception allows; its turnover is at most
 * {@code maxTurnover} in every reported year; it has an MVP. {@link #check} explains every rule that is on.
 *
 * <p>Stored inside the cohort; the sector exceptions as one text, e.g. {@code "biotech=10, social=10"}.
 */
@Embeddable
public class EligibilityRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "private_company_required", nullable = false)
    private boolean privateCompanyRequired;

    @Column(name = "max_age_years")
    private Integer maxAgeYears;

    @Column(name = "age_exceptions", length = 500)
    private String ageExceptions;

    @Column(name = "max_turnover", precision = 15, scale = 2)
    private BigDecimal maxTurnover;

    @Column(name = "mvp_required", nullable = false)
    private boolean mvpRequired;

    protected EligibilityRules() {
    }

    /**
     * @param privateCompanyRequired only private companies are eligible
     * @param maxAgeYears            the oldest a company may be, in whole years; {@code null}: no age rule
     * @param ageExceptionsBySector  other limits for some sectors (sector names compared case-insensitively);
     *                               they apply only when there is an age rule
     * @param maxTurnover            the highest turnover allowed in any reported year; {@code null}: no turnover rule
     * @param mvpRequired            an MVP is required
     */
    public EligibilityRules(boolean privateCompanyRequired, Integer maxAgeYears, Map<String, Integer> ageExceptionsBySector,
                            BigDecimal maxTurnover, boolean mvpRequired) {
        if (maxAgeYears != null && maxAgeYears < 0 || maxTurnover != null && maxTurnover.signum() < 0) {
            throw new IllegalArgumentException("limits cannot be negative: " + maxAgeYears + ", " + maxTurnover);
        }
        this.privateCompanyRequired = privateCompanyRequired;
        this.maxAgeYears = maxAgeYears;
        this.ageExceptions = format(ageExceptionsBySector);
        this.maxTurnover = maxTurnover;
        this.mvpRequired = mvpRequired;
    }

    /** Telangana's rules: a private company, at most 7 years old (10 for social and biotech), turnover at most 3.3M, an MVP. */
    public static EligibilityRules telangana() {
        return new EligibilityRules(true, 7, Map.of("social", 10, "biotech", 10), new BigDecimal("3300000"), true);
    }

    /** Checks a startup's facts on the given day against every rule that is on. */
    public EligibilityResult check(StartupFacts facts, LocalDate today) {
        List<RuleCheck> checks = new ArrayList<>();
        if (privateCompanyRequired) {
            checks.add(RuleCheck.of("legalForm", facts.legalForm() == LegalForm.PRIVATE_COMPANY));
        }
        if (maxAgeYears != null) {
            checks.add(checkAge(facts, today));
        }
        if (maxTurnover != null) {
            checks.add(checkTurnover(facts));
        }
        if (mvpRequired) {
            checks.add(RuleCheck.of("mvp", facts.hasMvp()));
        }
        return new EligibilityResult(checks);
    }

    /** Parameters: the age, the limit, the sector whose exception applies ("" if none), and 1 if one applies else 0. */
    private RuleCheck checkAge(StartupFacts facts, LocalDate today) {
        int age = facts.ageOn(today);
        Integer exception = getAgeExceptionsBySector().get(facts.sectorKey());
        int limit = exception == null ? maxAgeYears : exception;
        return RuleCheck.of("age", age <= limit, age, limit, exception == null ? "" : facts.sectorKey(), exception == null ? 0 : 1);
    }

    /** Parameters: the year with the highest turnover, that turnover, the limit; only the limit when nothing is reported. */
    private RuleCheck checkTurnover(StartupFacts facts) {
        return facts.highestTurnover()
                .map(highest -> RuleCheck.of("turnover", highest.getValue().compareTo(maxTurnover) <= 0,
                        highest.getKey(), highest.getValue(), maxTurnover))
                .orElseGet(() -> new RuleCheck("turnover", false, "cohort.eligibility.turnover.notReported", maxTurnover));
    }

    public boolean isPrivateCompanyRequired() {
        return privateCompanyRequired;
    }

    public Integer getMaxAgeYears() {
        return maxAgeYears;
    }

    /** The age limits that differ by sector, keyed by sector in lower case. */
    public SortedMap<String, Integer> getAgeExceptionsBySector() {
        return parse(ageExceptions);
    }

    public BigDecimal getMaxTurnover() {
        return maxTurnover;
    }

    public boolean isMvpRequired() {
        return mvpRequired;
    }

    private static String format(Map<String, Integer> exceptions) {
        SortedMap<String, Integer> bySector = new TreeMap<>();
        (exceptions == null ? Map.<String, Integer>of() : exceptions).forEach((sector, years) -> {
            String key = sector.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || key.contains("=") || key.contains(",") || years < 0) {
                throw new IllegalArgumentException("not a sector exception: " + sector + "=" + years);
            }
            bySector.put(key, years);
        });
        return bySector.isEmpty() ? null : bySector.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static SortedMap<String, Integer> parse(String text) {
        SortedMap<String, Integer> bySector = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] sectorAndYears = pair.split("=");
                bySector.put(sectorAndYears[0].strip().toLowerCase(Locale.ROOT), Integer.valueOf(sectorAndYears[1].strip()));
            }
        }
        return Collections.unmodifiableSortedMap(bySector);
    }
}
