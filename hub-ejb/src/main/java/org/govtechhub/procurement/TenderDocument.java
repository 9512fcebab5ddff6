package org.govtechhub.procurement;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.PdfUpload;
import org.govtechhub.shared.StoredPdf;

/** A document of an opportunity, public with it: a PDF by its content, at most 10 MB. */
@Entity
@Table(name = "procurement_document")
@NamedQuery(name = "TenderDocument.ofTender", query = "SELECT d FROM TenderDocument d WHERE d.tender = :tender ORDER BY d.id")
public class TenderDocument extends StoredPdf {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final PdfUpload UPLOAD = new PdfUpload("procurement.document", MAX_BYTES);

    @ManyToOne
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    protected TenderDocument() {
    }

    public TenderDocument(Tender tender, String fileName, byte[] content) {
        super(UPLOAD, fileName, content);
        this.tender = tender;
    }

    public Tender getTender() {
        return tender;
    }
}
