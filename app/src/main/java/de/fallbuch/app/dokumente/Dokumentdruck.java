package de.fallbuch.app.dokumente;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a document: the template version (Thymeleaf, XHTML) with the document's facts, then openhtmltopdf to
 * PDF/A-3u with PDF/UA tagging, the one embedded font (Liberation Sans from the PDFBox artifact, SIL Open Font
 * License 1.1, loaded from the classpath, not copied into the repository) and fixed metadata: creation and
 * modification date are the act's day (00:00, Europe/Berlin), the document id ({@code /ID}) is the act's id,
 * producer "Fallbuch". Nothing depends on the clock or on chance, so the same inputs give the same bytes.
 */
@Component
class Dokumentdruck {

    /** The marker a template puts on its Rechtsbehelfsbelehrung; whether a document has one is read from it. */
    static final String BELEHRUNG_MARKE = "id=\"rechtsbehelfsbelehrung\"";

    private static final String SCHRIFT_PFAD = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String SCHRIFT_FAMILIE = "Liberation Sans";
    private static final ZoneId AMTSZEIT = ZoneId.of("Europe/Berlin");
    /** The XMP dates, as element or as attribute: the value after the opening is replaced. */
    private static final Pattern XMP_DATUM = Pattern.compile("(xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=\"))[^<\"]*");

    private final byte[] schrift;
    private final String schriftSha256;
    private final byte[] farbprofil;
    // The font's metrics, parsed once instead of for every document (they do not change the output).
    private final FSCacheEx<String, FSCacheValue> schriftmetrik = new FSDefaultCacheStore();
    private final SpringTemplateEngine thymeleaf;

    Dokumentdruck() {
        try (InputStream ein = PDDocument.class.getResourceAsStream(SCHRIFT_PFAD)) {
            if (ein == null) {
                throw new IllegalStateException("Die Schrift " + SCHRIFT_PFAD + " fehlt im Klassenpfad (PDFBox)");
            }
            this.schrift = ein.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schriftSha256 = Vorlagenfassung.sha256(schrift);
        this.farbprofil = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        StringTemplateResolver vorlagen = new StringTemplateResolver();
        vorlagen.setTemplateMode(TemplateMode.HTML);
        vorlagen.setCacheable(false);
        // SpEL like the UI templates (a plain TemplateEngine would need OGNL, which is not on the classpath).
        this.thymeleaf = new SpringTemplateEngine();
        thymeleaf.setTemplateResolver(vorlagen);
    }

    String schriftSha256() {
        return schriftSha256;
    }

    /** A rendered document and whether it carries a Rechtsbehelfsbelehrung (the template's marked section). */
    record Gedruckt(byte[] pdf, String sha256, boolean rechtsbehelfsbelehrung) {
    }

    Gedruckt drucken(Vorlagenfassung fassung, Map<String, Object> inhalt, LocalDate datum, UUID dokumentId) {
        Context kontext = new Context(Locale.GERMANY);
        kontext.setVariables(inhalt);
        String xhtml = thymeleaf.process(fassung.quelle(), kontext);
        boolean belehrung = xhtml.contains(BELEHRUNG_MARKE);
        PdfRendererBuilder bauplan = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(farbprofil)
                .withProducer("Fallbuch")
                .useCacheStore(CacheStore.PDF_FONT_METRICS, schriftmetrik)
                .useFont(() -> new ByteArrayInputStream(schrift), SCHRIFT_FAMILIE, 400, FontStyle.NORMAL, true)
                // One face only: bold text is set in it too rather than falling back to a font that is not embedded.
                .useFont(() -> new ByteArrayInputStream(schrift), SCHRIFT_FAMILIE, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = bauplan.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                festeMetadaten(pdf, datum, dokumentId);
                ByteArrayOutputStream aus = new ByteArrayOutputStream();
                pdf.save(aus);
                byte[] bytes = aus.toByteArray();
                return new Gedruckt(bytes, Vorlagenfassung.sha256(bytes), belehrung);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Das Dokument konnte nicht erzeugt werden", e);
        }
    }

    /** Replaces what openhtmltopdf and PDFBox take from the clock or from chance (dates, XMP dates, /ID). */
    private static void festeMetadaten(PDDocument pdf, LocalDate datum, UUID dokumentId) throws IOException {
        Calendar tag = GregorianCalendar.from(datum.atStartOfDay(AMTSZEIT));
        tag.setTimeZone(TimeZone.getTimeZone(AMTSZEIT));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(tag);
        info.setModificationDate(tag);
        PDMetadata metadaten = pdf.getDocumentCatalog().getMetadata();
        if (metadaten != null) {
            // The XMP packet repeats the dates (PDF/A requires it to match the info dictionary). It is rewritten as
            // text: xmpbox's parser rejects the PDF/UA identification schema openhtmltopdf adds.
            String xmp;
            try (InputStream xmpEin = metadaten.exportXMPMetadata()) {
                xmp = new String(xmpEin.readAllBytes(), StandardCharsets.UTF_8);
            }
            String iso = DateConverter.toISO8601(tag);
            String fest = XMP_DATUM.matcher(xmp).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + iso));
            pdf.getDocumentCatalog().setMetadata(new PDMetadata(pdf, new ByteArrayInputStream(fest.getBytes(StandardCharsets.UTF_8))));
        }
        byte[] id = ByteBuffer.allocate(16).putLong(dokumentId.getMostSignificantBits())
                .putLong(dokumentId.getLeastSignificantBits()).array();
        COSArray kennung = new COSArray();
        kennung.add(new COSString(id));
        kennung.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, kennung);
    }
}
