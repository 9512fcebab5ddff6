package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationDocument;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.EligibilityResult;
import org.govtechhub.cohort.EligibilityResult.ManagerOverride;
import org.govtechhub.cohort.EligibilityResult.RuleCheck;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.UploadedPdf;

import java.io.Serializable;
import java.util.List;

/**
 * cohorts/application.xhtml?id=…: the startup's application. A draft is edited (proposal, team), gets PDF documents
 * and is submitted, which checks the cohort's eligibility rules at once; afterwards the page shows the status and
 * the check rule by rule, with the program manager's override and reason if there is one. It may be withdrawn until
 * a decision. Someone else's or an unknown id is "not found" (404).
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Application application;
    private List<ApplicationDocument> documents;
    private transient EligibilityResult eligibility;
    private transient String eligibilityProblem;
    private transient Part file;

    public void load() {
        application = applications.applicationFor(id, user.email(), false);
        refresh();
    }

    public void save() {
        application = applications.update(application, user.email());
        refresh();
        messages.info("cohort_application.saved");
    }

    /** Attaches the chosen PDF; its size is checked before a byte of it is read. */
    public void upload() {
        Part chosen = file;
        file = null;
        byte[] content = UploadedPdf.read(chosen, ApplicationDocument.UPLOAD, "cohort_application.noFile");
        ApplicationDocument attached = applications.attach(id, user.email(), chosen.getSubmittedFileName(), content);
        refresh();
        messages.info("cohort_application.attached", attached.getFileName());
    }

    /** Removes a document from the draft. */
    public void remove(ApplicationDocument document) {
        applications.removeDocument(document.getId(), user.email());
        refresh();
        messages.info("cohort_application.removed", document.getFileName());
    }

    public String submit() {
        Application submitted = applications.submit(id, user.email());
        messages.info("cohort_application.submitted", submitted.getStatus());
        return reopen();
    }

    public String withdraw() {
        applications.withdraw(id, user.email());
        messages.info("cohort_application.withdrawn");
        return reopen();
    }

    private String reopen() {
        return "/cohorts/application?faces-redirect=true&id=" + id;
    }

    private void refresh() {
        documents = applications.documents(application);
        eligibility = null;
        eligibilityProblem = null;
    }

    public boolean isDraft() {
        return application.getStatus() == ApplicationStatus.DRAFT;
    }

    /** An application may be withdrawn while a draft and until a decision is taken. */
    public boolean isWithdrawable() {
        return application.getStatus().canMoveTo(ApplicationStatus.WITHDRAWN);
    }

    /** The cohort's application phase, whose last day is the last day to submit. */
    public CohortPhase getApplicationPhase() {
        return application.getChallenge().getCohort().phase(PhaseKind.APPLICATIONS).orElse(null);
    }

    /**
     * The eligibility check rule by rule: as of submission, or as it would be today for a draft; null when it cannot
     * be checked (the profile is incomplete), see {@link #getEligibilityProblem()}.
     */
    public EligibilityResult getEligibility() {
        if (eligibility == null && eligibilityProblem == null) {
            try {
                eligibility = applications.eligibility(application);
            } catch (BusinessException incomplete) {
                eligibilityProblem = Messages.format(FacesContext.getCurrentInstance(), incomplete.getMessageKey(), incomplete.getParameters());
            }
        }
        return eligibility;
    }

    /** Why the eligibility cannot be checked yet, in the page's language; null when it can. */
    public String getEligibilityProblem() {
        getEligibility();
        return eligibilityProblem;
    }

    /** The program manager's decision that replaces the automatic outcome, or null. */
    public ManagerOverride getOverride() {
        EligibilityResult result = getEligibility();
        return result == null ? null : result.override().orElse(null);
    }

    /** The rule's explanation in the page's language. */
    public String explanation(RuleCheck check) {
        return Messages.format(FacesContext.getCurrentInstance(), check.messageKey(), check.params());
    }

    public int getMaxMegabytes() {
        return ApplicationDocument.UPLOAD.maxMegabytes();
    }

    public int getMaxDocuments() {
        return ApplicationDocument.MAX_PER_APPLICATION;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Application getApplication() {
        return application;
    }

    public List<ApplicationDocument> getDocuments() {
        return documents;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
