package org.govtechhub.web.shared;

import jakarta.servlet.http.Part;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.PdfUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a file chosen in an {@code h:inputFile}: refused when none was chosen, and size-checked before it is read. */
public final class UploadedPdf {

    private UploadedPdf() {
    }

    /**
     * @param chosen    the submitted part, null when nothing was chosen
     * @param rules     the owner's upload rules (size limit, message keys)
     * @param noFileKey the message when no file was chosen
     * @return the content, read only after the size check passed
     */
    public static byte[] read(Part chosen, PdfUpload rules, String noFileKey) {
        if (chosen == null || chosen.getSize() == 0 && (chosen.getSubmittedFileName() == null || chosen.getSubmittedFileName().isBlank())) {
            throw new BusinessException(noFileKey);
        }
        rules.checkSize(chosen.getSize());
        try (InputStream in = chosen.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
