package org.govtechhub.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A comment on an idea by someone signed in; a moderator may hide it, saying why (the reason is shown in its place). */
@Entity
@Table(name = "idea_comment")
@NamedQuery(name = "IdeaComment.of", query = "SELECT c FROM IdeaComment c WHERE c.idea = :idea ORDER BY c.id")
public class IdeaComment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TEXT = 2000;

    @ManyToOne
    @JoinColumn(name = "idea_id", nullable = false, updatable = false)
    private Idea idea;

    @ManyToOne
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    private String text;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    protected IdeaComment() {
    }

    /** A comment on a published idea: not blank, at most {@value #MAX_TEXT} characters. */
    public IdeaComment(Idea idea, Person author, String text) {
        if (!idea.isPublished()) {
            throw new BusinessException("ideas.notOpenForComments", idea.getTitle());
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("ideas.commentRequired");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new BusinessException("ideas.commentTooLong", MAX_TEXT);
        }
        this.idea = idea;
        this.author = author;
        this.text = text.strip();
    }

    public void hide(String reason) {
        if (hidden) {
            throw new BusinessException("ideas.commentAlreadyHidden");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("ideas.hideReasonRequired");
        }
        if (reason.strip().length() > Idea.MAX_REASON) {
            throw new BusinessException("ideas.reasonTooLong", Idea.MAX_REASON);
        }
        hidden = true;
        hiddenReason = reason.strip();
    }

    public Idea getIdea() {
        return idea;
    }

    public Person getAuthor() {
        return author;
    }

    /** The text, except for a hidden comment, whose text nobody is shown. */
    public String getText() {
        return hidden ? null : text;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
