package org.govtechhub.award;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.evaluation.CriterionScore;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The entrant's use cases: draft an entry in an open nomination, edit it, attach PDFs, check eligibility,
 * submit before the deadline, withdraw, and read the jury's feedback once results are published.
 * An entry is reachable by its author, by program managers, and by the jurors assigned to it (not conflicted).
 */
@Stateless
@RolesAllowed({Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
public class EntryService extends CrudService<AwardEntry> {

    @EJB
    private Caller caller;

    @EJB
    private PersonService people;

    @EJB
    private JuryService jury;

    public EntryService() {
        super(AwardEntry.class);
    }

    /** Nominations of editions whose call is open now. */
    public List<Nomination> openNominations() {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.edition.callOpens <= :now AND n.edition.callCloses > :now "
                + "ORDER BY n.edition.id, n.id", Nomination.class).setParameter("now", Clock.now()).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<AwardEntry> entriesOf(String email) {
        return em.createNamedQuery("AwardEntry.ofAuthor", AwardEntry.class).setParameter("email", email).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<AwardEntry> entriesOf(AwardEdition edition) {
        return em.createNamedQuery("AwardEntry.ofEdition", AwardEntry.class).setParameter("edition", edition).getResultList();
    }

    /** Starts a draft in an open nomination, as the entrant type chosen. */
    public AwardEntry draft(Long nominationId, EntrantType type, String title, String email) {
        caller.requireSelf(email);
        Nomination nomination = findById(em, Nomination.class, nominationId).orElseThrow(() -> BusinessException.notFound(nominationId));
        nomination.getEdition().requireCallOpen(Clock.now());
        if (type == null) {
            throw new BusinessException("award.entry.typeRequired");
        }
        Person author = me(email);
        AwardEntry entry = new AwardEntry(nomination, type, author, title);
        return save(entry, true);
    }

    /** The entry as its author (or a program manager) may open it; anyone else gets "not found". */
    public AwardEntry entryFor(Long id, String email, boolean manager) {
        caller.requireSelf(email);
        return find(id).filter(e -> manager || e.getAuthor().getEmail().equalsIgnoreCase(email))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    /**
     * The entry as a juror may open it: only with an un-recused assignment to it. A conflicted juror, or one
     * guessing an id, gets "not found".
     */
    @RolesAllowed(Roles.SYSTEM)
    public AwardEntry entryForJuror(Long id, String email) {
        return find(id).filter(e -> jury.isAssigned(e.getNomination().getEdition().owner(), email, e.getId()))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    /** Saves the author's changes to a draft while the call is open. */
    public AwardEntry update(@NotNull @Valid AwardEntry changed, String email) {
        caller.requireSelf(email);
        AwardEntry current = entryFor(changed.getId(), email, false);
        current.requireDraft();
        changed.getNomination().getEdition().requireCallOpen(Clock.now());
        return save(changed, false);
    }

    @RolesAllowed({Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.SYSTEM})
    public List<Attachment> attachments(AwardEntry entry) {
        return em.createNamedQuery("Attachment.ofEntry", Attachment.class).setParameter("entry", entry).getResultList();
    }

    /** The attachments of each of these entries (entry id to its attachments), in one statement however many. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.SYSTEM})
    public Map<Long, List<Attachment>> attachments(List<AwardEntry> entries) {
        return entries.isEmpty() ? Map.of() : em.createNamedQuery("Attachment.ofEntries", Attachment.class).setParameter("entries", entries)
                .getResultList().stream().collect(Collectors.groupingBy(a -> a.getEntry().getId()));
    }

    /** Attaches a PDF (checked by content and size) to the author's draft. */
    public Attachment attach(Long entryId, String email, String fileName, byte[] content) {
        caller.requireSelf(email);
        AwardEntry entry = entryFor(entryId, email, false);
        entry.requireDraft();
        if (attachments(entry).size() >= Attachment.MAX_PER_ENTRY) {
            throw new BusinessException("award.attachment.tooMany", Attachment.MAX_PER_ENTRY);
        }
        Attachment attachment = new Attachment(entry, fileName, content);
        em.persist(attachment);
        return attachment;
    }

    public void removeAttachment(Long attachmentId, String email) {
        caller.requireSelf(email);
        Attachment attachment = findById(em, Attachment.class, attachmentId).orElseThrow(() -> BusinessException.notFound(attachmentId));
        AwardEntry entry = entryFor(attachment.getEntry().getId(), email, false);
        entry.requireDraft();
        em.remove(attachment);
    }

    /** An attachment for its author, a program manager, or an assigned, unconflicted juror; otherwise "not found". */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.SYSTEM})
    public Attachment attachmentFor(Long attachmentId, String email, boolean manager) {
        Attachment attachment = findById(em, Attachment.class, attachmentId).orElseThrow(() -> BusinessException.notFound(attachmentId));
        AwardEntry entry = attachment.getEntry();
        boolean allowed = manager || entry.getAuthor().getEmail().equalsIgnoreCase(email)
                || jury.isAssigned(entry.getNomination().getEdition().owner(), email, entry.getId());
        if (!allowed) {
            throw BusinessException.notFound(attachmentId);
        }
        return attachment;
    }

    /** The automatic eligibility check, rule by rule. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public Eligibility eligibility(AwardEntry entry) {
        AwardEdition previous = entry.getNomination().getEdition().getPreviousEdition();
        List<AwardEntry> previousWinners = previous == null ? List.of() : entriesOf(previous).stream().filter(AwardEntry::isWinner).toList();
        List<AwardEntry> sameNomination = em.createNamedQuery("AwardEntry.ofNomination", AwardEntry.class)
                .setParameter("nomination", entry.getNomination()).getResultList();
        return Eligibility.of(entry, sameNomination, previousWinners);
    }

    /** Submits the author's draft: before the deadline (server time), complete and eligible, else the reason. */
    public AwardEntry submit(Long entryId, String email) {
        caller.requireSelf(email);
        AwardEntry entry = entryFor(entryId, email, false);
        Eligibility eligibility = eligibility(entry);
        eligibility.firstFailure().ifPresent(failure -> {
            throw new BusinessException(failure.messageKey(), failure.parameters());
        });
        entry.submit(Clock.now());
        return entry;
    }

    public AwardEntry withdraw(Long entryId, String email) {
        caller.requireSelf(email);
        AwardEntry entry = entryFor(entryId, email, false);
        entry.withdraw();
        return entry;
    }

    /**
     * The jury's comments on the author's entry, once the results are published: per round and criterion, without
     * the jurors' names. Empty before publication.
     */
    public List<Feedback> feedback(Long entryId, String email) {
        caller.requireSelf(email);
        AwardEntry entry = entryFor(entryId, email, false);
        AwardEdition edition = entry.getNomination().getEdition();
        if (!edition.isPublished()) {
            return List.of();
        }
        List<Feedback> feedback = new ArrayList<>();
        for (EvaluationRound round : jury.rounds(edition.owner())) {
            for (Scoresheet sheet : jury.sheets(round)) {
                if (sheet.getSubjectId() != entry.getId() || sheet.getStatus() != SheetStatus.SUBMITTED) {
                    continue;
                }
                for (RoundCriterion criterion : round.getCriteria()) {
                    sheet.score(criterion.getCode()).map(CriterionScore::getComment).filter(c -> c != null)
                            .ifPresent(comment -> feedback.add(new Feedback(round.getNumber(), criterion.getName(),
                                    sheet.score(criterion.getCode()).get().getScore(), comment)));
                }
            }
        }
        return feedback;
    }

    /** A juror's comment on one criterion, anonymised. */
    public record Feedback(int round, String criterion, int score, String comment) {
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
