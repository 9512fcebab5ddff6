package org.govtechhub.ideas;

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
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.PdfUpload;

import java.util.Arrays;

/**
 * A file attached to an idea: a PDF, a PNG or a JPEG, recognised by its content (its signature, not its name), at
 * most {@value #MAX_BYTES} bytes; an idea has at most {@value #MAX_PER_IDEA}.
 */
@Entity
@Table(name = "idea_attachment")
@NamedQuery(name = "IdeaAttachment.of", query = "SELECT a FROM IdeaAttachment a WHERE a.idea = :idea ORDER BY a.id")
public class IdeaAttachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_IDEA = 3;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    @ManyToOne
    @JoinColumn(name = "idea_id", nullable = false, updatable = false)
    private Idea idea;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected IdeaAttachment() {
    }

    public IdeaAttachment(Idea idea, String fileName, byte[] content) {
        checkSize(content == null ? 0 : content.length);
        this.idea = idea;
        this.fileName = PdfUpload.displayName(fileName);
        this.contentType = typeOf(content).orElseThrow(() -> new BusinessException("ideas.attachment.notAllowed", this.fileName));
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    /** Refuses an empty file and one above the limit, before anything is read into memory. */
    public static void checkSize(long size) {
        if (size == 0) {
            throw new BusinessException("ideas.attachment.empty");
        }
        if (size > MAX_BYTES) {
            throw new BusinessException("ideas.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    /** The content's type by its first bytes: a PDF, a PNG or a JPEG image; nothing else. */
    static java.util.Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return java.util.Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return java.util.Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return java.util.Optional.of("image/jpeg");
        }
        return java.util.Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    @Override
    protected String auditSummary() {
        return fileName + " (" + contentType + ", " + sizeBytes + " bytes)";
    }

    public Idea getIdea() {
        return idea;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
