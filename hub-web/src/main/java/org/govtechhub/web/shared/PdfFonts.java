package org.govtechhub.web.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation Sans fonts (from openpdf-fonts-extra), embedded so that Cyrillic prints: what every PDF of the
 * hub (training and award certificates) writes with.
 */
public final class PdfFonts {

    public static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    public static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private PdfFonts() {
    }

    /** Liberation Sans at this size. */
    public static Font regular(float size) throws DocumentException {
        return new Font(font(REGULAR), size);
    }

    /** Liberation Sans Bold at this size. */
    public static Font bold(float size) throws DocumentException {
        return new Font(font(BOLD), size);
    }

    /** A TrueType font from the classpath, embedded with Unicode (Identity-H) encoding. */
    public static BaseFont font(String resource) throws DocumentException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
