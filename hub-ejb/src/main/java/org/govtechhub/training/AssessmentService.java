package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A civil servant's self-assessments: taking one, and the history that shows progress. Always the caller's own. */
@Stateless
@RolesAllowed({Roles.CIVIL_SERVANT, Roles.SYSTEM})
public class AssessmentService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private PersonService people;

    @EJB
    private SkillService skills;

    public Assessment take(String email, Map<String, Integer> answers) {
        caller.requireSelf(email);
        Assessment assessment = Assessment.take(people.findByEmail(email).orElseThrow(), skills.framework(), answers, Clock.now());
        em.persist(assessment);
        return assessment;
    }

    /** The person's assessments, newest first. */
    public List<Assessment> history(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Assessment.ofPerson", Assessment.class).setParameter("email", email).getResultList();
    }

    public Optional<Assessment> latest(String email) {
        caller.requireSelf(email);
        return history(email).stream().findFirst();
    }
}
