package org.govtechhub.incubator;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A program manager's working note on a support request (who and when are the audit columns); for managers only. */
@Entity
@Table(name = "support_note")
@NamedQuery(name = "SupportNote.of", query = "SELECT n FROM SupportNote n WHERE n.request = :request ORDER BY n.createdAt, n.id")
public class SupportNote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private SupportRequest request;

    private String text;

    protected SupportNote() {
    }

    public SupportNote(SupportRequest request, String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("incubator.support.noteRequired");
        }
        if (text.strip().length() > 2000) {
            throw new BusinessException("incubator.support.tooLong", 2000);
        }
        this.request = request;
        this.text = text.strip();
    }

    public SupportRequest getRequest() {
        return request;
    }

    public String getText() {
        return text;
    }
}
