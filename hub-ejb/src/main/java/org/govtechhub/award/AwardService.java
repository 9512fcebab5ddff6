package org.govtechhub.award;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.Tags;

import java.util.List;

/**
 * Editions, their nominations and jury, and the publication of results. A new edition gets its round 1 with
 * the usual criteria (impact 40 %, innovation 30 %, scalability 20 %, citizen focus 10 %), which the manager
 * may change until scoring opens.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class AwardService extends CrudService<AwardEdition> {

    /** The criteria a new edition's rounds start with. */
    public static final List<RoundCriterion> DEFAULT_CRITERIA = List.of(
            new RoundCriterion("impact", "Impact", 40),
            new RoundCriterion("innovation", "Innovation", 30),
            new RoundCriterion("scalability", "Scalability", 20),
            new RoundCriterion("citizen_focus", "Citizen focus", 10));

    @EJB
    private JuryService jury;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public AwardService() {
        super(AwardEdition.class);
    }

    @PermitAll
    public List<AwardEdition> editions() {
        return em.createNamedQuery("AwardEdition.all", AwardEdition.class).getResultList();
    }

    /** Creates or updates an edition; a new one gets round 1 with the default criteria. */
    public AwardEdition saveEdition(@NotNull @Valid AwardEdition edition) {
        edition.checkTimeline();
        if (editions().stream().anyMatch(e -> !e.equals(edition) && e.getName().equalsIgnoreCase(edition.getName().strip()))) {
            throw new BusinessException("award.edition.duplicate", edition.getName());
        }
        boolean isNew = edition.isNew();
        if (!isNew) {
            get(edition.getId()).requireNotPublished();
        }
        AwardEdition saved = save(edition, isNew);
        if (isNew) {
            jury.createRound(saved.owner(), 1, saved.isTrimmedMean(), DEFAULT_CRITERIA);
        } else {
            jury.rounds(saved.owner()).stream().filter(r -> r.getStatus() == org.govtechhub.evaluation.RoundStatus.SETUP)
                    .forEach(r -> r.setTrimmedMean(saved.isTrimmedMean()));
        }
        return saved;
    }

    @PermitAll
    public List<Nomination> nominations(AwardEdition edition) {
        return em.createNamedQuery("Nomination.ofEdition", Nomination.class).setParameter("edition", edition).getResultList();
    }

    @RolesAllowed(Roles.SYSTEM)
    public Nomination nomination(Long id) {
        return findById(em, Nomination.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

    public Nomination saveNomination(@NotNull @Valid Nomination nomination) {
        nomination.check();
        nomination.getEdition().requireNotPublished();
        if (nominations(nomination.getEdition()).stream()
                .anyMatch(n -> !n.equals(nomination) && n.getName().equalsIgnoreCase(nomination.getName().strip()))) {
            throw new BusinessException("award.nomination.duplicate", nomination.getName());
        }
        return save(nomination, nomination.isNew());
    }

    public List<JuryMember> jury(AwardEdition edition) {
        return em.createNamedQuery("JuryMember.ofEdition", JuryMember.class).setParameter("edition", edition).getResultList();
    }

    /** Adds a person with the juror role to the edition's jury. */
    public JuryMember addJuror(Long editionId, Long personId, String expertise, boolean chair) {
        AwardEdition edition = get(editionId);
        edition.requireNotPublished();
        Person person = people.get(personId);
        if (!person.getRoles().contains(Role.JUROR)) {
            throw new BusinessException("award.jury.notAJuror", person.getFullName());
        }
        if (jury(edition).stream().anyMatch(j -> j.getPerson().equals(person))) {
            throw new BusinessException("award.jury.already", person.getFullName());
        }
        JuryMember member = new JuryMember(edition, person, Tags.parse(expertise), chair);
        em.persist(member);
        return member;
    }

    public void removeJuror(Long memberId) {
        JuryMember member = findById(em, JuryMember.class, memberId).orElseThrow(() -> BusinessException.notFound(memberId));
        if (!jury.rounds(member.getEdition().owner()).stream().allMatch(r -> r.getStatus() == org.govtechhub.evaluation.RoundStatus.SETUP)) {
            throw new BusinessException("award.jury.scoringStarted");
        }
        em.remove(member);
    }

    /** People who hold the juror role, for the jury picker. */
    public List<Person> jurorCandidates() {
        return people.withRole(Role.JUROR);
    }

    /** The jury member's edition memberships by e-mail. */
    @RolesAllowed(Roles.SYSTEM)
    public boolean isJurorOf(AwardEdition edition, String email) {
        return email != null && em.createNamedQuery("JuryMember.isMember", Long.class).setParameter("edition", edition)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0;
    }

    /** Publishes the results: winners are known, entrants are told, the public results page opens. */
    public AwardEdition publish(Long editionId) {
        AwardEdition edition = get(editionId);
        List<AwardEntry> entries = em.createNamedQuery("AwardEntry.submittedOfEdition", AwardEntry.class)
                .setParameter("edition", edition).getResultList();
        if (entries.stream().noneMatch(AwardEntry::isWinner)) {
            throw new BusinessException("award.publish.noWinners");
        }
        edition.publish(Clock.now());
        entries.forEach(e -> notifications.notify(e.getAuthor().getEmail(), "notification.award.published", edition.getName(), e.getTitle()));
        return edition;
    }

    /** A published edition, for the public results page; unpublished ones are not found. */
    @PermitAll
    public AwardEdition published(Long editionId) {
        return find(editionId).filter(AwardEdition::isPublished).orElseThrow(() -> BusinessException.notFound(editionId));
    }

    /**
     * A prize-winning entry of a published edition, for its public certificate; any other entry (unknown, not a
     * winner, edition not yet published) is not found.
     */
    @PermitAll
    public AwardEntry publishedPrize(Long entryId) {
        return findById(em, AwardEntry.class, entryId)
                .filter(e -> e.isWinner() && e.getStatus() == EntryStatus.SUBMITTED && e.getNomination().getEdition().isPublished())
                .orElseThrow(() -> BusinessException.notFound(entryId));
    }

    /** The published editions, newest first. */
    @PermitAll
    public List<AwardEdition> publishedEditions() {
        return editions().stream().filter(AwardEdition::isPublished).toList();
    }

    /** Finalists and prize winners of a published edition, by nomination, winners first. */
    @PermitAll
    public List<AwardEntry> results(AwardEdition edition) {
        return em.createNamedQuery("AwardEntry.submittedOfEdition", AwardEntry.class).setParameter("edition", edition).getResultList()
                .stream().filter(e -> e.isFinalist() || e.isWinner())
                .sorted(java.util.Comparator.comparing((AwardEntry e) -> e.getNomination().getId())
                        .thenComparing(e -> e.getPrize() == null ? 2 : e.getPrize().ordinal())
                        .thenComparing(AwardEntry::getId))
                .toList();
    }
}
