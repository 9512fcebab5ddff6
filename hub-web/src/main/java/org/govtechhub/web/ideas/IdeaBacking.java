package org.govtechhub.web.ideas;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaAnswer;
import org.govtechhub.ideas.IdeaAttachment;
import org.govtechhub.ideas.IdeaComment;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * ideas/idea.xhtml?id=: one idea for everyone (a hidden one for its author and moderators only; otherwise 404): its
 * status, the department's answer, the challenge made of it, attachments and comments. Signed in, citizens and civil
 * servants support and comment; a moderator hides, merges, assigns and hides comments; the responsible department
 * answers. A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class IdeaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdeaService ideas;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Idea idea;
    private List<IdeaComment> comments;
    private List<IdeaAttachment> attachments;
    private boolean supported;
    private boolean answering;
    private String commentText;
    private String reason;
    private String commentReason;
    private Long mergeInto;
    private Long departmentId;
    private IdeaAnswer answer;
    private String answerText;

    public void load() {
        String email = user.isSignedIn() ? user.email() : null;
        idea = ideas.visible(id, email);
        comments = ideas.comments(idea);
        attachments = ideas.attachments(idea);
        supported = ideas.supports(idea, email);
        answering = ideas.answersFor(idea, email);
    }

    public void support() {
        ideas.support(id, user.email());
        messages.info("ideas_idea.supported", idea.getTitle());
        load();
    }

    public void comment() {
        ideas.comment(id, user.email(), commentText);
        commentText = null;
        load();
    }

    public void hide() {
        ideas.hide(id, user.email(), reason);
        messages.info("ideas_idea.hidden", idea.getTitle());
        reason = null;
        load();
    }

    public String merge() {
        Idea target = ideas.merge(id, mergeInto, user.email());
        messages.info("ideas_idea.merged", idea.getTitle(), target.getTitle());
        return "/ideas/idea?faces-redirect=true&id=" + target.getId();
    }

    public void assign() {
        Idea assigned = ideas.assign(id, departmentId, user.email());
        messages.info("ideas_idea.assigned", assigned.getDepartment().getName());
        load();
    }

    public void answer() {
        ideas.answer(id, user.email(), answer, answerText);
        messages.info("ideas_idea.answered", idea.getTitle());
        load();
    }

    public void hideComment(Long commentId) {
        ideas.hideComment(commentId, user.email(), commentReason);
        commentReason = null;
        load();
    }

    /** Whether the signed-in person answers for the idea's department. */
    public boolean isAnswering() {
        return answering && idea.isPublished();
    }

    /** Whether the signed-in person may support it: a citizen or a civil servant, not its author, not yet. */
    public boolean isCanSupport() {
        return idea.isPublished() && !supported && user.isSignedIn() && (user.isInRole("CITIZEN") || user.isInRole("CIVIL_SERVANT"))
                && !idea.getAuthor().getEmail().equals(user.email());
    }

    public boolean isCanComment() {
        return idea.isPublished() && user.isSignedIn() && (user.isInRole("CITIZEN") || user.isInRole("CIVIL_SERVANT") || user.isInRole("DEPARTMENT"));
    }

    public List<Organisation> getDepartments() {
        return ideas.departments();
    }

    public IdeaAnswer[] getAnswers() {
        return IdeaAnswer.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Idea getIdea() {
        return idea;
    }

    public List<IdeaComment> getComments() {
        return comments;
    }

    public List<IdeaAttachment> getAttachments() {
        return attachments;
    }

    public boolean isSupported() {
        return supported;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCommentReason() {
        return commentReason;
    }

    public void setCommentReason(String commentReason) {
        this.commentReason = commentReason;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public IdeaAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(IdeaAnswer answer) {
        this.answer = answer;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }
}
