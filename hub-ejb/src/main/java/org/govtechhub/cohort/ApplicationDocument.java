package org.govtechhub.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.PdfUpload;
import org.govtechhub.shared.StoredPdf;

/**
 * A PDF attached to an application (the pitch deck), up to 10 MB, checked by content; kept in the database, outside
 * the web root, and served only to the startup and the program managers.
 */
@Entity
@Table(name = "application_document")
@NamedQuery(name = "ApplicationDocument.of", query = "SELECT d FROM ApplicationDocument d WHERE d.application = :application ORDER BY d.id")
@NamedQuery(name = "ApplicationDocument.ofAll", query = "SELECT d.application.id, d FROM ApplicationDocument d WHERE d.application IN :applications ORDER BY d.id")
public class ApplicationDocument extends StoredPdf {

    private static final long serialVersionUID = 1L;

    /** The largest document accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most documents one application may have. */
    public static final int MAX_PER_APPLICATION = 3;
    public static final PdfUpload UPLOAD = new PdfUpload("cohort.document", MAX_BYTES);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(Application application, String fileName, byte[] content) {
        super(UPLOAD, fileName, content);
        this.application = application;
    }

    public Application getApplication() {
        return application;
    }
}
