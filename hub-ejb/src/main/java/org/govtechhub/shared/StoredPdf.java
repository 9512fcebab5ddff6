package org.govtechhub.shared;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

/**
 * An uploaded PDF kept in the database (outside the web root): its checked display name, its size and its content,
 * loaded only when read. Each context's attachment entity adds what it belongs to; the checks are its {@link PdfUpload}.
 */
@MappedSuperclass
public abstract class StoredPdf extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected StoredPdf() {
    }

    /** Checks the file with the owner's rules, then keeps it. */
    protected StoredPdf(PdfUpload rules, String fileName, byte[] content) {
        this.fileName = rules.check(fileName, content);
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    @Override
    protected String auditSummary() {
        return fileName + " (" + sizeBytes + " bytes)";
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
