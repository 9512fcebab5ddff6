package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.award.Attachment;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.Eligibility;
import org.govtechhub.award.EntryService;
import org.govtechhub.award.EntryService.Feedback;
import org.govtechhub.award.EntryStatus;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.UploadedPdf;

import java.io.Serializable;
import java.util.List;

/**
 * awards/entry.xhtml?id=…: the author's entry. A draft is edited, gets PDF attachments, shows the eligibility
 * check rule by rule, and is submitted or withdrawn; a submitted entry is shown read-only with its result and,
 * once the results are published, the jury's feedback and the certificate of a prize winner.
 */
@Named
@ViewScoped
public class EntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EntryService entries;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private AwardEntry entry;
    private List<Attachment> attachments;
    private transient Eligibility eligibility;
    private transient List<Feedback> feedback;
    private transient Part file;

    /** Opens the entry; someone else's or an unknown id is "not found" (404). */
    public void load() {
        entry = entries.entryFor(id, user.email(), false);
        refresh();
    }

    public void save() {
        entry = entries.update(entry, user.email());
        refresh();
        messages.info("award_entry.saved");
    }

    /** Attaches the chosen PDF; its size is checked before a byte of it is read. */
    public void upload() {
        Part chosen = file;
        file = null;
        byte[] content = UploadedPdf.read(chosen, Attachment.UPLOAD, "award.attachment.none");
        Attachment attached = entries.attach(id, user.email(), chosen.getSubmittedFileName(), content);
        refresh();
        messages.info("award_entry.attached", attached.getFileName());
    }

    public void remove(Attachment attachment) {
        entries.removeAttachment(attachment.getId(), user.email());
        refresh();
        messages.info("award_entry.removed", attachment.getFileName());
    }

    public String submit() {
        entries.submit(id, user.email());
        messages.info("award_entry.submitted");
        return reopen();
    }

    public String withdraw() {
        entries.withdraw(id, user.email());
        messages.info("award_entry.withdrawn");
        return reopen();
    }

    private String reopen() {
        return "/awards/entry?faces-redirect=true&id=" + id;
    }

    private void refresh() {
        attachments = entries.attachments(entry);
        eligibility = null;
        feedback = null;
    }

    public boolean isDraft() {
        return entry.getStatus() == EntryStatus.DRAFT;
    }

    /** Whether the edition's results are out: the prize and the jury's feedback are shown from then on. */
    public boolean isPublished() {
        return entry.getNomination().getEdition().isPublished();
    }

    /** An entry may be withdrawn until the results are published, once. */
    public boolean isWithdrawable() {
        return entry.getStatus() != EntryStatus.WITHDRAWN && !isPublished();
    }

    /** A prize winner of a published edition has a certificate. */
    public boolean isCertified() {
        return isPublished() && entry.getStatus() == EntryStatus.SUBMITTED && entry.isWinner();
    }

    public Eligibility getEligibility() {
        if (eligibility == null) {
            eligibility = entries.eligibility(entry);
        }
        return eligibility;
    }

    /** The rule's explanation in the page's language. */
    public String explanation(Eligibility.Check check) {
        return Messages.format(FacesContext.getCurrentInstance(), check.messageKey(), check.parameters());
    }

    public List<Feedback> getFeedback() {
        if (feedback == null) {
            feedback = entries.feedback(id, user.email());
        }
        return feedback;
    }

    public int getMaxMegabytes() {
        return Attachment.UPLOAD.maxMegabytes();
    }

    public int getMaxAttachments() {
        return Attachment.MAX_PER_ENTRY;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AwardEntry getEntry() {
        return entry;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
