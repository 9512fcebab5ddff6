package org.govtechhub.incubator;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.govtechhub.shared.PdfUpload;
import org.govtechhub.shared.StoredPdf;

/**
 * A report's slides: a PDF up to 10 MB, checked by its content, kept in the database outside the web root. Served to
 * everyone once the report's presentation is published, to program managers before.
 */
@Entity
@Table(name = "event_slides")
public class EventSlides extends StoredPdf {

    private static final long serialVersionUID = 1L;

    /** The largest slides accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final PdfUpload UPLOAD = new PdfUpload("incubatorEvent.slides", MAX_BYTES);

    protected EventSlides() {
    }

    public EventSlides(String fileName, byte[] content) {
        super(UPLOAD, fileName, content);
    }
}
