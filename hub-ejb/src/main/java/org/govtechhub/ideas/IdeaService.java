package org.govtechhub.ideas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengePublished;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ideas' use cases. Citizens and civil servants submit, support and comment; program managers moderate and
 * assign; the responsible department answers and turns its ideas into a draft challenge. Followers (the author and
 * the supporters) are told of each answer, of hiding and merging, and of the challenge. Someone else's idea or
 * comment, where the caller has no say, is "not found".
 */
@Stateless
@PermitAll
public class IdeaService extends CrudService<Idea> {

    @EJB
    private Caller caller;

    private static final int MAX_PAGE = 100;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private NotificationService notifications;

    @EJB
    private FunnelService funnel;

    @EJB
    private ChallengeService challenges;

    public IdeaService() {
        super(Idea.class);
    }

    // --- citizens and civil servants ----------------------------------------------------------------------------------

    /** Publishes an idea with up to three attachments (PDF or images, by content, each at most 5 MB). */
    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public Idea submit(String email, String title, String problem, PublicService service, District district, String districtText,
                       List<IdeaUpload> uploads) {
        caller.requireSelf(email);
        Person author = me(email);
        Idea idea = save(new Idea(author, title, problem, service, district, districtText, Clock.now()), true);
        List<IdeaUpload> files = uploads == null ? List.of() : uploads;
        if (files.size() > IdeaAttachment.MAX_PER_IDEA) {
            throw new BusinessException("ideas.attachment.tooMany", IdeaAttachment.MAX_PER_IDEA);
        }
        for (IdeaUpload file : files) {
            em.persist(new IdeaAttachment(idea, file.fileName(), file.content()));
        }
        funnel.record(IdeaSteps.published(idea));
        return idea;
    }

    /**
     * Supports a published idea, once per person and never one's own. The idea's row is locked first, so
     * simultaneous votes are counted one after the other and every one of them counts.
     */
    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public Idea support(Long ideaId, String email) {
        caller.requireSelf(email);
        Person supporter = citizenOrCivilServant(email);
        em.flush();
        Idea idea = locked(ideaId);
        if (!idea.isVisibleTo(supporter, false)) {
            throw BusinessException.notFound(ideaId);
        }
        boolean already = em.createNamedQuery("IdeaVote.countOf", Long.class).setParameter("idea", idea).setParameter("person", supporter)
                .getSingleResult() > 0;
        em.persist(idea.support(supporter, already));
        em.flush();
        return idea;
    }

    @RolesAllowed({Roles.DEPARTMENT, Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public IdeaComment comment(Long ideaId, String email, String text) {
        caller.requireSelf(email);
        Person author = me(email);
        Idea idea = visibleIdea(ideaId, author);
        return save(new IdeaComment(idea, author, text), true);
    }

    // --- program managers: moderation -------------------------------------------------------------------------------

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Idea hide(Long ideaId, String managerEmail, String reason) {
        caller.requireSelf(managerEmail);
        requireManager(managerEmail);
        Idea idea = get(ideaId);
        idea.hide(reason);
        tellFollowers(idea, "notification.ideas.hidden", idea.getTitle(), idea.getModerationReason());
        return idea;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public IdeaComment hideComment(Long commentId, String managerEmail, String reason) {
        caller.requireSelf(managerEmail);
        requireManager(managerEmail);
        IdeaComment comment = findById(em, IdeaComment.class, commentId).orElseThrow(() -> BusinessException.notFound(commentId));
        comment.hide(reason);
        return comment;
    }

    /**
     * Merges a duplicate into another published idea: the duplicate's supporters and its author become the other's
     * supporters, each counted once, and never its own author. The rows are locked in the order of their ids.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Idea merge(Long duplicateId, Long intoId, String managerEmail) {
        caller.requireSelf(managerEmail);
        requireManager(managerEmail);
        if (intoId == null) {
            throw new BusinessException("ideas.mergeTargetRequired");
        }
        if (intoId.equals(duplicateId)) {
            throw new BusinessException("ideas.mergeIntoItself");
        }
        Idea first = locked(Math.min(duplicateId, intoId));
        Idea second = locked(Math.max(duplicateId, intoId));
        Idea duplicate = first.getId().equals(duplicateId) ? first : second;
        Idea target = duplicate == first ? second : first;
        duplicate.mergeInto(target);
        Set<Person> carried = new LinkedHashSet<>();
        carried.add(duplicate.getAuthor());
        carried.addAll(supporters(duplicate));
        carried.remove(target.getAuthor());
        carried.removeAll(supporters(target));
        for (Person person : carried) {
            em.persist(new IdeaVote(target, person));
        }
        em.flush();
        target.supportersCounted(em.createNamedQuery("IdeaVote.count", Long.class).setParameter("idea", target).getSingleResult());
        tellFollowers(duplicate, "notification.ideas.merged", duplicate.getTitle(), target.getTitle());
        return target;
    }

    /** Makes a department responsible for answering the idea; its people are told. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Idea assign(Long ideaId, Long departmentId, String managerEmail) {
        caller.requireSelf(managerEmail);
        requireManager(managerEmail);
        Idea idea = get(ideaId);
        Organisation department = findById(em, Organisation.class, departmentId).orElseThrow(() -> new BusinessException("ideas.departmentRequired"));
        idea.assign(department, Clock.now());
        funnel.record(IdeaSteps.assigned(idea));
        people.membersWithRole(department, Role.DEPARTMENT)
                .forEach(p -> notifications.notify(p.getEmail(), "notification.ideas.assigned", idea.getTitle()));
        return idea;
    }

    // --- the responsible department ---------------------------------------------------------------------------------

    /** The department's answer; the author and the supporters are told. Another department's idea is "not found". */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public Idea answer(Long ideaId, String email, IdeaAnswer answer, String text) {
        caller.requireSelf(email);
        Organisation department = myDepartment(email);
        Idea idea = ofDepartment(ideaId, department);
        idea.answer(answer, text, Clock.now());
        tellFollowers(idea, "notification.ideas.answer." + answer.name(), idea.getTitle(), department.getName(),
                idea.getAnswerText() == null ? "" : idea.getAnswerText());
        return idea;
    }

    /**
     * Turns one or more of the department's ideas into a draft challenge of a cohort (through the cohort context's
     * own rules), keeps the link, reports each idea's move to the funnel and tells the followers.
     */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public Challenge toChallenge(List<Long> ideaIds, Long cohortId, String title, String email) {
        caller.requireSelf(email);
        Organisation department = myDepartment(email);
        if (ideaIds == null || ideaIds.isEmpty()) {
            throw new BusinessException("ideas.chooseIdeas");
        }
        if (cohortId == null) {
            throw new BusinessException("ideas.cohortRequired");
        }
        if (title == null || title.isBlank()) {
            throw new BusinessException("ideas.challengeTitleRequired");
        }
        List<Idea> ideas = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ideaIds)) {
            ideas.add(ofDepartment(id, department));
        }
        StringBuilder problem = new StringBuilder();
        for (Idea idea : ideas) {
            problem.append(problem.length() == 0 ? "" : "\n\n").append(idea.getTitle()).append(": ").append(idea.getProblem());
        }
        String statement = problem.length() > Idea.MAX_PROBLEM ? problem.substring(0, Idea.MAX_PROBLEM) : problem.toString();
        Challenge challenge = challenges.draft(cohortId, title.strip(), statement, email);
        for (Idea idea : ideas) {
            idea.becomePartOf(challenge);
            funnel.record(IdeaSteps.madeInto(challenge, idea));
            tellFollowers(idea, "notification.ideas.challengeCreated", idea.getTitle(), challenge.getTitle(), department.getName());
        }
        return challenge;
    }

    /** A challenge made of ideas was published (the cohort context's event): their followers are told. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public void challengePublished(@Observes ChallengePublished published) {
        for (Idea idea : em.createNamedQuery("Idea.ofChallenge", Idea.class).setParameter("challenge", published.challengeId()).getResultList()) {
            tellFollowers(idea, "notification.ideas.challengePublished", idea.getTitle(), published.title());
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------------

    /** The idea as this reader (null: a visitor) may open it: a hidden one only its author and moderators. */
    public Idea visible(Long id, String email) {
        Person reader = email == null ? null : people.findByEmail(email).orElse(null);
        return visibleIdea(id, reader);
    }

    /** A page of the public list: published ideas (or merged ones, when filtered so), filtered and sorted. */
    public List<Idea> page(IdeaFilter filter, IdeaSort sort, int first, int max) {
        String order = sort == IdeaSort.NEWEST ? " ORDER BY i.publishedAt DESC, i.id DESC" : " ORDER BY i.supporters DESC, i.id DESC";
        return listQuery("SELECT i", filter, order, Idea.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    public long count(IdeaFilter filter) {
        return listQuery("SELECT COUNT(i)", filter, "", Long.class).getSingleResult();
    }

    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public List<Idea> mine(String email, int first, int max) {
        caller.requireSelf(email);
        return em.createNamedQuery("Idea.ofAuthor", Idea.class).setParameter("author", me(email))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.CITIZEN, Roles.SYSTEM})
    public long countMine(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Idea.countOfAuthor", Long.class).setParameter("author", me(email)).getSingleResult();
    }

    /** The published ideas assigned to the person's department, newest first. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public List<Idea> ofMyDepartment(String email, int first, int max) {
        caller.requireSelf(email);
        return em.createNamedQuery("Idea.ofDepartment", Idea.class).setParameter("department", myDepartment(email))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public long countOfMyDepartment(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Idea.countOfDepartment", Long.class).setParameter("department", myDepartment(email)).getSingleResult();
    }

    /** Published ideas no department answers yet, the oldest first: the moderators' inbox. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Idea> unassigned(int first, int max) {
        return em.createNamedQuery("Idea.unassigned", Idea.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public long countUnassigned() {
        return em.createNamedQuery("Idea.countUnassigned", Long.class).getSingleResult();
    }

    public List<IdeaComment> comments(Idea idea) {
        return em.createNamedQuery("IdeaComment.of", IdeaComment.class).setParameter("idea", idea).getResultList();
    }

    public List<IdeaAttachment> attachments(Idea idea) {
        return em.createNamedQuery("IdeaAttachment.of", IdeaAttachment.class).setParameter("idea", idea).getResultList();
    }

    /** An attachment of an idea this reader may open; anything else is "not found". */
    public IdeaAttachment attachment(Long id, String email) {
        IdeaAttachment attachment = findById(em, IdeaAttachment.class, id).orElseThrow(() -> BusinessException.notFound(id));
        visible(attachment.getIdea().getId(), email);
        return attachment;
    }

    /** Whether this person supports the idea already. */
    public boolean supports(Idea idea, String email) {
        return email != null && people.findByEmail(email).map(p -> em.createNamedQuery("IdeaVote.countOf", Long.class).setParameter("idea", idea)
                .setParameter("person", p).getSingleResult() > 0).orElse(false);
    }

    /** Whether this person answers the idea for its department. */
    public boolean answersFor(Idea idea, String email) {
        return email != null && idea.getDepartment() != null && people.findByEmail(email)
                .filter(p -> p.hasRole(Role.DEPARTMENT) && idea.isAssignedTo(p.getOrganisation())).isPresent();
    }

    /** The departments an idea may be assigned to, by name. */
    public List<Organisation> departments() {
        return organisations.active(OrganisationKind.DEPARTMENT);
    }

    /** Whether an idea of this title exists (the demo data is loaded once). */
    @RolesAllowed(Roles.SYSTEM)
    public boolean exists(String title) {
        return !em.createNamedQuery("Idea.byTitle", Idea.class).setParameter("title", title).setMaxResults(1).getResultList().isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private <T> TypedQuery<T> listQuery(String select, IdeaFilter filter, String order, Class<T> type) {
        IdeaFilter f = filter == null ? IdeaFilter.none() : filter;
        Map<String, Object> parameters = new TreeMap<>();
        StringBuilder where = new StringBuilder(" FROM Idea i WHERE i.status = :status");
        parameters.put("status", f.status() == IdeaListStatus.MERGED ? IdeaStatus.MERGED : IdeaStatus.PUBLISHED);
        if (f.status() == IdeaListStatus.AWAITING_ANSWER) {
            where.append(" AND i.answer IS NULL");
        } else if (f.status() != null && f.status() != IdeaListStatus.MERGED) {
            where.append(" AND i.answer = :answer");
            parameters.put("answer", IdeaAnswer.valueOf(f.status().name()));
        }
        if (f.service() != null) {
            where.append(" AND i.service = :service");
            parameters.put("service", f.service());
        }
        if (f.district() != null) {
            where.append(" AND i.district = :district");
            parameters.put("district", f.district());
        }
        if (f.departmentId() != null) {
            where.append(" AND i.department.id = :department");
            parameters.put("department", f.departmentId());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private List<Person> supporters(Idea idea) {
        return em.createNamedQuery("IdeaVote.supporters", Person.class).setParameter("idea", idea).getResultList();
    }

    /** The author and every supporter, each once. */
    private void tellFollowers(Idea idea, String key, Object... parameters) {
        Set<String> followers = new LinkedHashSet<>();
        followers.add(idea.getAuthor().getEmail());
        supporters(idea).forEach(p -> followers.add(p.getEmail()));
        followers.forEach(email -> notifications.notify(email, key, parameters));
    }

    private Idea visibleIdea(Long id, Person reader) {
        boolean moderator = reader != null && reader.hasRole(Role.PROGRAM_MANAGER);
        return find(id).filter(i -> i.isVisibleTo(reader, moderator)).orElseThrow(() -> BusinessException.notFound(id));
    }

    private Idea ofDepartment(Long id, Organisation department) {
        return find(id).filter(i -> i.isAssignedTo(department)).orElseThrow(() -> BusinessException.notFound(id));
    }

    private Idea locked(Long id) {
        return java.util.Optional.ofNullable(id == null ? null : em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }

    private Person citizenOrCivilServant(String email) {
        Person person = me(email);
        if (!person.hasRole(Role.CITIZEN) && !person.hasRole(Role.CIVIL_SERVANT)) {
            throw new BusinessException("ideas.citizensOnly");
        }
        return person;
    }

    private void requireManager(String email) {
        if (!me(email).hasRole(Role.PROGRAM_MANAGER)) {
            throw new BusinessException("ideas.moderatorsOnly");
        }
    }

    private Organisation myDepartment(String email) {
        Person person = me(email);
        Organisation organisation = person.getOrganisation();
        if (!person.hasRole(Role.DEPARTMENT) || organisation == null || organisation.getKind() != OrganisationKind.DEPARTMENT) {
            throw new BusinessException("ideas.notADepartment");
        }
        return organisation;
    }
}
