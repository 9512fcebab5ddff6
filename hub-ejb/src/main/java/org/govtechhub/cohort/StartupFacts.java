package org.govtechhub.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a startup declares about itself when it applies, as the eligibility rules need it.
 *
 * @param legalForm      the legal form of its company
 * @param registeredOn   the day the company was registered
 * @param sector         its sector, e.g. "biotech" (compared case-insensitively; may be empty)
 * @param turnoverByYear the turnover of every reported year, in the cohort's currency
 * @param teamSize       the number of people in the team
 * @param hasMvp         whether it has a minimum viable product
 */
public record StartupFacts(LegalForm legalForm, LocalDate registeredOn, String sector,
                           SortedMap<Integer, BigDecimal> turnoverByYear, int teamSize, boolean hasMvp) {

    public StartupFacts {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(registeredOn, "registeredOn");
        sector = sector == null ? "" : sector.strip();
        turnoverByYear = Collections.unmodifiableSortedMap(new TreeMap<>(turnoverByYear == null ? Map.of() : turnoverByYear));
        if (turnoverByYear.values().stream().anyMatch(amount -> amount.signum() < 0)) {
            throw new IllegalArgumentException("turnover cannot be negative: " + turnoverByYear);
        }
        if (teamSize < 0) {
            throw new IllegalArgumentException("teamSize cannot be negative: " + teamSize);
        }
    }

    /** The company's age in whole calendar years on the given day (one more on each anniversary of registration). */
    public int ageOn(LocalDate day) {
        return Period.between(registeredOn, day).getYears();
    }

    /** The sector as rules compare it: trimmed and in lower case. */
    public String sectorKey() {
        return sector.toLowerCase(Locale.ROOT);
    }

    /** The reported year with the highest turnover (the earliest of equals), or empty when no year is reported. */
    public Optional<Map.Entry<Integer, BigDecimal>> highestTurnover() {
        return turnoverByYear.entrySet().stream().reduce((best, next) -> next.getValue().compareTo(best.getValue()) > 0 ? next : best);
    }
}
