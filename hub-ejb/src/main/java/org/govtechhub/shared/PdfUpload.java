package org.govtechhub.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The checks every uploaded PDF passes, whatever it is attached to: not empty, not above the size limit (checked
 * before the content is read), a PDF by its content (the "%PDF-" signature, not the name), and a safe display name.
 * Refusals use the caller's message keys: {@code prefix + ".empty"}, {@code ".tooLarge"} (the limit in MB) and
 * {@code ".notPdf"} (the file name).
 *
 * @param prefix   the bundle key prefix of the caller, e.g. {@code award.attachment}
 * @param maxBytes the size limit
 */
public record PdfUpload(String prefix, int maxBytes) {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Refuses an empty file and one above the limit, before anything is read into memory. */
    public void checkSize(long size) {
        if (size == 0) {
            throw new BusinessException(prefix + ".empty");
        }
        if (size > maxBytes) {
            throw new BusinessException(prefix + ".tooLarge", maxMegabytes());
        }
    }

    /** The size limit in whole megabytes, as the pages and messages state it. */
    public int maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** Checks size and content; returns the name to store and show. */
    public String check(String fileName, byte[] content) {
        checkSize(content.length);
        if (content.length < SIGNATURE.length || !Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new BusinessException(prefix + ".notPdf", displayName(fileName));
        }
        return displayName(fileName);
    }

    /** The last path segment of an uploaded name, at most 200 characters; "document.pdf" when blank. */
    public static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
