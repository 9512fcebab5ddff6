package org.govtechhub.award;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.PdfUpload;
import org.govtechhub.shared.StoredPdf;


/** A PDF attached to an entry; the type is checked by content (the "%PDF-" signature), the size is limited. */
@Entity
@Table(name = "award_attachment")
@NamedQuery(name = "Attachment.ofEntry", query = "SELECT a FROM Attachment a WHERE a.entry = :entry ORDER BY a.id")
@NamedQuery(name = "Attachment.ofEntries", query = "SELECT a FROM Attachment a WHERE a.entry IN :entries ORDER BY a.id")
public class Attachment extends StoredPdf {

    private static final long serialVersionUID = 1L;

    /** The largest attachment accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most attachments one entry may have. */
    public static final int MAX_PER_ENTRY = 5;
    public static final PdfUpload UPLOAD = new PdfUpload("award.attachment", MAX_BYTES);

    @ManyToOne
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private AwardEntry entry;

    protected Attachment() {
    }

    public Attachment(AwardEntry entry, String fileName, byte[] content) {
        super(UPLOAD, fileName, content);
        this.entry = entry;
    }

    /** Refuses an empty file and one above {@link #MAX_BYTES}, before anything is read into memory. */
    public static void checkSize(long size) {
        UPLOAD.checkSize(size);
    }

    public AwardEntry getEntry() {
        return entry;
    }
}
