package org.govtechhub.web.award;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.govtechhub.award.AwardEdition;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.Prize;
import org.govtechhub.web.shared.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * An award certificate as an A4 landscape PDF (OpenPDF) in the reader's language: the edition, the prize (winner
 * of a nomination or the jury's special prize), the entrant, the entry and its nomination, the date the results
 * were published. Liberation Sans is embedded so Cyrillic prints.
 */
public final class AwardCertificatePdf {

    private AwardCertificatePdf() {
    }

    /** The certificate of a prize-winning entry of a published edition. */
    public static byte[] render(AwardEntry entry, ResourceBundle bundle) {
        AwardEdition edition = entry.getNomination().getEdition();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle(bundle.getString("award_certificate.pdf.title") + " · " + edition.getName());
            Font heading = PdfFonts.bold(18);
            Font title = PdfFonts.bold(30);
            Font large = PdfFonts.bold(20);
            Font text = PdfFonts.regular(13);
            Font note = PdfFonts.regular(11);
            document.add(centered(edition.getName(), heading, 18));
            document.add(centered(bundle.getString("award_certificate.pdf.title"), title, 6));
            document.add(centered(bundle.getString("Prize." + entry.getPrize().name()), large, 24));
            document.add(centered(bundle.getString("award_certificate.pdf.awardedTo"), text, 8));
            document.add(centered(entry.entrantName(), large, 16));
            document.add(centered(bundle.getString("award_certificate.pdf.forEntry"), text, 8));
            document.add(centered(entry.getTitle(), large, 12));
            document.add(centered(MessageFormat.format(bundle.getString("award_certificate.pdf.nomination"),
                    entry.getNomination().getName()), text, 12));
            if (entry.getPrize() == Prize.SPECIAL && entry.getPrizeNote() != null && !entry.getPrizeNote().isBlank()) {
                document.add(centered(entry.getPrizeNote(), note, 12));
            }
            document.add(centered(MessageFormat.format(bundle.getString("award_certificate.pdf.published"),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(edition.getPublishedAt())), text, 0));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the award certificate of entry " + entry.getId(), e);
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
