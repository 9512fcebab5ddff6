package org.govtechhub.cohort;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.PdfUpload;

/**
 * A PDF attached to an application (the pitch deck), up to 10 MB, checked by content; kept in the database, outside
 * the web root, and served only to the startup and the program managers.
 */
@Entity
@Table(name = "application_document")
@NamedQuery(name = "ApplicationDocument.of", query = "SELECT d FROM ApplicationDocument d WHERE d.application = :application ORDER BY d.id")
public class ApplicationDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The largest document accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most documents one application may have. */
    public static final int MAX_PER_APPLICATION = 3;
    public static final PdfUpload UPLOAD = new PdfUpload("cohort.document", MAX_BYTES);

    @ManyToOne
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(Application application, String fileName, byte[] content) {
        this.fileName = UPLOAD.check(fileName, content);
        this.application = application;
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    @Override
    protected String auditSummary() {
        return fileName + " (" + sizeBytes + " bytes)";
    }

    public Application getApplication() {
        return application;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
