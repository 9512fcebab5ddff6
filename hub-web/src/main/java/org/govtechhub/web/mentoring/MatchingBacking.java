package org.govtechhub.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.mentoring.DepartmentRule;
import org.govtechhub.mentoring.MatchExplanation;
import org.govtechhub.mentoring.MatchingRound;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.mentoring.MentorProfile;
import org.govtechhub.mentoring.MentoringService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/** mentoring/matching.xhtml: start a round with weights, run the engine, adjust, publish. */
@Named
@ViewScoped
public class MatchingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MatchingService matching;

    @EJB
    private MentoringService mentoring;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private MatchingRound round;
    private final MatchingRound newRound = MatchingRound.blank();
    private Person addMentor;
    private Organisation addStartup;

    @PostConstruct
    void init() {
        round = matching.latestRound().orElse(null);
    }

    public void startRound() {
        round = matching.run(matching.createRound(newRound).getId());
        messages.info("mentoring_matching.ran", round.getSolveMillis());
    }

    public void rerun() {
        round = matching.run(round.getId());
        messages.info("mentoring_matching.ran", round.getSolveMillis());
    }

    public void togglePin(MentorMatch match) {
        matching.togglePin(match.getId());
    }

    public void remove(MentorMatch match) {
        matching.remove(match.getId());
        messages.info("mentoring_matching.removed", match.getMentor().getFullName(), match.getStartup().getName());
    }

    public void add() {
        MentorMatch added = matching.add(round.getId(), addMentor == null ? null : addMentor.getId(),
                addStartup == null ? null : addStartup.getId());
        messages.info("mentoring_matching.added", added.getMentor().getFullName(), added.getStartup().getName());
    }

    public void publish() {
        round = matching.publish(round.getId());
        messages.info("mentoring_matching.published", round.getName());
    }

    public List<MentorMatch> getMatches() {
        return round == null ? List.of() : matching.matchesOf(round);
    }

    public String startupName(MatchExplanation explanation) {
        return organisations.get(explanation.getStartupId()).getName();
    }

    public String mentorName(MatchExplanation explanation) {
        return explanation.getMentorId() == null ? "" : people.get(explanation.getMentorId()).getFullName();
    }

    public List<Person> getMentors() {
        return mentoring.activeMentors().stream().map(MentorProfile::getPerson).toList();
    }

    /** The startups whose name has what was typed (twenty at most), for the pair to add. */
    public List<Organisation> completeStartup(String typed) {
        return mentoring.startupsNamed(typed, 20);
    }

    public DepartmentRule[] getDepartmentRules() {
        return DepartmentRule.values();
    }

    public MatchingRound getRound() {
        return round;
    }

    public MatchingRound getNewRound() {
        return newRound;
    }

    public Person getAddMentor() {
        return addMentor;
    }

    public void setAddMentor(Person addMentor) {
        this.addMentor = addMentor;
    }

    public Organisation getAddStartup() {
        return addStartup;
    }

    public void setAddStartup(Organisation addStartup) {
        this.addStartup = addStartup;
    }
}
