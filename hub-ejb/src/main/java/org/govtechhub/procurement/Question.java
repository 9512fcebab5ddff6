package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;

/**
 * A startup's question about an opportunity and the department's answer. Both are public on the opportunity's page;
 * who asked is kept for the record but never shown.
 */
@Entity
@Table(name = "procurement_question")
@NamedQuery(name = "Question.ofTender", query = "SELECT q FROM Question q WHERE q.tender = :tender ORDER BY q.id")
public class Question extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final int TEXT_MAX = 5_000;

    @ManyToOne
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    @Column(name = "asker_email", nullable = false, updatable = false)
    private String askerEmail;

    @Column(name = "question")
    private String text;

    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected Question() {
    }

    /** Asked of a published opportunity before its deadline. */
    public Question(Tender tender, String askerEmail, String text, LocalDateTime nowUtc) {
        tender.requireBeforeDeadline(nowUtc);
        this.tender = tender;
        this.askerEmail = askerEmail;
        this.text = Tender.text(text, TEXT_MAX, "procurement.question.required");
    }

    /** The department's answer (a later one replaces it). */
    public void answer(String reply, LocalDateTime nowUtc) {
        answer = Tender.text(reply, TEXT_MAX, "procurement.question.answerRequired");
        answeredAt = nowUtc;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    String askerEmail() {
        return askerEmail;
    }

    public Tender getTender() {
        return tender;
    }

    public String getText() {
        return text;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
