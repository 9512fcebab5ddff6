package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.mentoring.ConflictKind;
import org.govtechhub.mentoring.ConflictOfInterest;
import org.govtechhub.mentoring.MentorProfile;
import org.govtechhub.mentoring.MentoringService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;
import java.util.List;

/**
 * mentoring/conflicts.xhtml: declare a conflict of interest. A mentor declares for themself, a founder
 * for their startup, a program manager for any pair.
 */
@Named
@RequestScoped
public class ConflictsBacking {

    @EJB
    private MentoringService mentoring;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Person mentor;
    private Organisation startup;
    private ConflictKind kind;
    private String reason;

    public void declare() {
        Person me = people.findByEmail(user.email()).orElseThrow();
        Long mentorId = isChoosingMentor() ? idOf(mentor) : me.getId();
        Long startupId = isChoosingStartup() ? idOf(startup) : me.getOrganisation() == null ? null : me.getOrganisation().getId();
        ConflictOfInterest declared = mentoring.declare(mentorId, startupId, kind, reason, user.email());
        messages.info("mentoring_conflicts.declared", declared.getMentor().getFullName(), declared.getStartup().getName());
    }

    /** A mentor declares for themself; others choose the mentor. */
    public boolean isChoosingMentor() {
        return user.isInRole("PROGRAM_MANAGER") || !user.isInRole("MENTOR");
    }

    /** A founder declares for their startup; others choose the startup. */
    public boolean isChoosingStartup() {
        return user.isInRole("PROGRAM_MANAGER") || !user.isInRole("STARTUP");
    }

    private static Long idOf(Object entity) {
        return entity instanceof Person p ? p.getId() : entity instanceof Organisation o ? o.getId() : null;
    }

    public List<ConflictOfInterest> getConflicts() {
        return mentoring.conflictsSeenBy(user.email(), user.isInRole("PROGRAM_MANAGER"));
    }

    public List<Person> getMentors() {
        return mentoring.activeMentors().stream().map(MentorProfile::getPerson).toList();
    }

    /** The startups whose name has what was typed (twenty at most), for the startup field. */
    public List<Organisation> completeStartup(String typed) {
        return mentoring.startupsNamed(typed, 20);
    }

    public List<ConflictKind> getKinds() {
        return Arrays.stream(ConflictKind.values()).filter(k -> k != ConflictKind.AUTOMATIC).toList();
    }

    public Person getMentor() {
        return mentor;
    }

    public void setMentor(Person mentor) {
        this.mentor = mentor;
    }

    public Organisation getStartup() {
        return startup;
    }

    public void setStartup(Organisation startup) {
        this.startup = startup;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public void setKind(ConflictKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
