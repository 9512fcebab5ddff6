package org.govtechhub.award;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The automatic eligibility check of an entry, rule by rule, each with its explanation (a bundle key and its
 * parameters): the entrant type is allowed in the nomination; the entrant belongs to an organisation of that
 * type; one entry per entrant per nomination; the previous edition's winners may not enter.
 */
public record Eligibility(List<Check> checks) {

    /** One rule's outcome and the message that explains it. */
    public record Check(String rule, boolean passed, String messageKey, Object... parameters) {
    }

    public boolean eligible() {
        return checks.stream().allMatch(Check::passed);
    }

    public Optional<Check> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /**
     * Checks an entry.
     *
     * @param entry           the entry
     * @param sameNomination  the nomination's other entries (any status)
     * @param previousWinners the previous edition's winning entries (empty when there is none)
     */
    public static Eligibility of(AwardEntry entry, Collection<AwardEntry> sameNomination, Collection<AwardEntry> previousWinners) {
        List<Check> checks = new ArrayList<>();
        Nomination nomination = entry.getNomination();
        EntrantType type = entry.getEntrantType();
        checks.add(nomination.allows(type)
                ? new Check("type", true, "award.eligibility.typeAllowed", nomination.getName())
                : new Check("type", false, "award.eligibility.typeNotAllowed", nomination.getName()));
        boolean fits = entry.getOrganisation() != null && entry.getOrganisation().getKind() == type.organisationKind();
        checks.add(fits
                ? new Check("organisation", true, "award.eligibility.organisationFits", entry.getOrganisation().getName())
                : new Check("organisation", false, "award.eligibility.organisationMismatch",
                        entry.getOrganisation() == null ? "-" : entry.getOrganisation().getName()));
        Optional<AwardEntry> other = sameNomination.stream()
                .filter(e -> !e.equals(entry) && e.getStatus() == EntryStatus.SUBMITTED && e.entrantKey().equals(entry.entrantKey()))
                .findFirst();
        checks.add(other.isEmpty()
                ? new Check("oneEntry", true, "award.eligibility.oneEntry")
                : new Check("oneEntry", false, "award.eligibility.alreadyEntered", other.get().getTitle()));
        Optional<AwardEntry> won = previousWinners.stream().filter(e -> e.entrantKey().equals(entry.entrantKey())).findFirst();
        AwardEdition previous = nomination.getEdition().getPreviousEdition();
        checks.add(won.isEmpty()
                ? new Check("previousWinner", true, "award.eligibility.notPreviousWinner")
                : new Check("previousWinner", false, "award.eligibility.previousWinner", previous == null ? "" : previous.getName(),
                        won.get().getTitle()));
        return new Eligibility(List.copyOf(checks));
    }
}
