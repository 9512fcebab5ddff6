package org.govtechhub.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static java.time.Duration.ofSeconds;

class PdfUploadTest {

    private static final PdfUpload RULES = new PdfUpload("award.attachment", 5 * 1024 * 1024);

    @Test
    void aPdfIsRecognisedByItsFirstBytesNotByItsName() {
        assertEquals("deck.pdf", RULES.check("C:\\Users\\olga\\deck.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("award.attachment.notPdf",
                assertThrows(BusinessException.class, () -> RULES.check("deck.pdf", "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1)))
                        .getMessageKey());
        assertEquals("award.attachment.notPdf",
                assertThrows(BusinessException.class, () -> RULES.check("x.pdf", "%PD".getBytes(StandardCharsets.US_ASCII))).getMessageKey());
        assertEquals("award.attachment.notPdf",
                assertThrows(BusinessException.class, () -> RULES.check("x.pdf", " %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).getMessageKey(),
                "the signature must be first");
    }

    @Test
    void theSizeIsRefusedBeforeTheContentIsReadWithTheLimitInMegabytes() {
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> RULES.checkSize(5L * 1024 * 1024 + 1));
        assertEquals("award.attachment.tooLarge", tooLarge.getMessageKey());
        assertEquals(5, tooLarge.getParameters()[0]);
        assertEquals("award.attachment.empty", assertThrows(BusinessException.class, () -> RULES.checkSize(0)).getMessageKey());
        RULES.checkSize(5L * 1024 * 1024);
    }

    @Test
    void aDecompressionBombIsOnlyItsFewBytesNothingInflatesIt() {
        byte[] pdfBomb = pdfWithFlateStream(200_000_000);
        byte[] zipBomb = zipOf(200_000_000);
        assertTimeoutPreemptively(ofSeconds(2), () -> {
            assertEquals("report.pdf", RULES.check("report.pdf", pdfBomb), "a PDF is stored as it came, never inflated");
            assertEquals("award.attachment.notPdf",
                    assertThrows(BusinessException.class, () -> RULES.check("renamed.pdf", zipBomb)).getMessageKey());
        });
    }

    @Test
    void theNameShownIsTheLastPathSegmentAtMost200Characters() {
        assertEquals("passwd", PdfUpload.displayName("../../../../etc/passwd"));
        assertEquals("document.pdf", PdfUpload.displayName("  "));
        assertEquals(200, PdfUpload.displayName("a".repeat(20_000) + ".pdf").length());
    }

    /** A valid-looking PDF whose one stream inflates to {@code size} zero bytes. */
    static byte[] pdfWithFlateStream(int size) {
        byte[] stream = deflatedZeros(size);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.7\n1 0 obj\n<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(stream);
        pdf.writeBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    static byte[] deflatedZeros(int size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (int written = 0; written < size; written += zeros.length) {
            deflater.setInput(zeros, 0, Math.min(zeros.length, size - written));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    static byte[] zipOf(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros, 0, Math.min(zeros.length, size - written));
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
