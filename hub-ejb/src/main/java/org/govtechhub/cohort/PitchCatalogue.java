package org.govtechhub.cohort;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.evaluation.SubjectCatalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Shortlisted startups as the pitch jury sees them: the startup, its challenge, proposal, team and documents. */
@ApplicationScoped
public class PitchCatalogue implements SubjectCatalogue {

    private static final String PREFIX = "cohort:";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private ApplicationService applications;

    @EJB
    private PitchService pitches;

    @Override
    public boolean owns(String owner) {
        return owner.startsWith(PREFIX);
    }

    @Override
    public Optional<Subject> describe(String owner, long subjectId) {
        return applications.find(subjectId).filter(a -> a.getChallenge().getCohort().owner().equals(owner)).map(this::subject);
    }

    /** The shortlisted and pitched startups of cohorts whose pitch jury this person sits on, until scoring closes. */
    @Override
    public List<Subject> declarable(String email) {
        return em.createQuery("SELECT c FROM Cohort c JOIN c.pitchJurors p WHERE LOWER(p.email) = LOWER(:email)", Cohort.class)
                .setParameter("email", email).getResultList().stream()
                .flatMap(c -> {
                    Optional<EvaluationRound> round = pitches.round(c);
                    if (round.isPresent() && round.get().getStatus() == RoundStatus.CLOSED) {
                        return java.util.stream.Stream.empty();
                    }
                    // once scoring is open, only the startups being scored: a conflict with any other would change nothing
                    return pitches.inStatuses(c, EnumSet.of(ApplicationStatus.SHORTLISTED)).stream()
                            .filter(a -> round.isEmpty() || round.get().getStatus() == RoundStatus.SETUP || round.get().includes(a.getId()));
                })
                .map(this::subject).toList();
    }

    private Subject subject(Application application) {
        return new Subject(application.getChallenge().getCohort().owner(), application.getId(), application.getStartup().getName(),
                application.getChallenge().getTitle() + " · " + application.getChallenge().getCohort().getName(),
                List.of(new Subject.Section("cohort.proposal", application.getProposal()), new Subject.Section("cohort.team", application.getTeam())),
                applications.documents(application).stream()
                        .map(d -> new Subject.Document(d.getFileName(), "/cohorts/document?id=" + d.getId())).toList());
    }
}
