package org.govtechhub.web.training;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.Enrolment;
import org.govtechhub.web.shared.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * A certificate as a PDF (OpenPDF), in the reader's language, with an embedded Liberation Sans so
 * Cyrillic prints; it carries the verification code and the address of the public check.
 */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate, ResourceBundle bundle, String verifyUrl) {
        Enrolment enrolment = certificate.getEnrolment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font title = PdfFonts.bold(30);
            Font large = PdfFonts.bold(20);
            Font text = PdfFonts.regular(13);
            document.add(centered(bundle.getString("certificate.pdf.title"), title, 24));
            document.add(centered(bundle.getString("certificate.pdf.certifies"), text, 12));
            document.add(centered(enrolment.getPerson().getFullName(), large, 12));
            document.add(centered(bundle.getString("certificate.pdf.completed"), text, 12));
            document.add(centered(enrolment.getSession().getCourse().getTitle(), large, 12));
            document.add(centered(MessageFormat.format(bundle.getString("certificate.pdf.details"),
                    enrolment.getSession().getCourse().getHours(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(certificate.getIssuedAt())), text, 36));
            document.add(centered(MessageFormat.format(bundle.getString("certificate.pdf.verify"), certificate.getCode(), verifyUrl), text, 0));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render certificate " + certificate.getCode(), e);
        }
        return out.toByteArray();
    }

    private static Paragraph centered(String content, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
