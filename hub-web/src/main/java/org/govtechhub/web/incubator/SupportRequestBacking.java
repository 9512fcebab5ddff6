package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.IntroductionKind;
import org.govtechhub.incubator.SupportNote;
import org.govtechhub.incubator.SupportRequest;
import org.govtechhub.incubator.SupportService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * incubator/manage/support-request.xhtml?id=: one support request as a program manager works it: take it, keep notes,
 * introduce the project (a mentor or an investor by e-mail, a partner organisation by name), close it as done with the
 * outcome or decline it with the reason. A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class SupportRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private SupportRequest request;
    private List<SupportNote> notes;
    private String note;
    private IntroductionKind introduction;
    private String personEmail;
    private String organisationName;
    private String outcome;

    public void load() {
        show(supportService.get(id));
    }

    public void take() {
        show(supportService.take(id, user.email()));
        messages.info("incubator_supportRequest.taken");
    }

    public void addNote() {
        supportService.note(id, note);
        note = null;
        show(supportService.get(id));
        messages.info("incubator_supportRequest.noted");
    }

    public void introduce() {
        show(supportService.introduce(id, introduction, personEmail, organisationName));
        messages.info("incubator_supportRequest.introduced", request.getIntroducedName());
    }

    public void complete() {
        show(supportService.complete(id, outcome));
        messages.info("incubator_supportRequest.done");
    }

    public void decline() {
        show(supportService.decline(id, outcome));
        messages.info("incubator_supportRequest.declined");
    }

    private void show(SupportRequest shown) {
        request = shown;
        notes = supportService.notes(shown);
    }

    public IntroductionKind[] getKinds() {
        return IntroductionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SupportRequest getRequest() {
        return request;
    }

    public List<SupportNote> getNotes() {
        return notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public IntroductionKind getIntroduction() {
        return introduction;
    }

    public void setIntroduction(IntroductionKind introduction) {
        this.introduction = introduction;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public void setPersonEmail(String personEmail) {
        this.personEmail = personEmail;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
