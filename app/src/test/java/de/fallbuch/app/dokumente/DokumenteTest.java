package de.fallbuch.app.dokumente;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.antrag.Fristenrechner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, documents: every kind is issued with its act, its text read back with PDFBox (Aktenzeichen, amounts,
 * dates, legal basis, reasons, the exact Rechtsbehelfsbelehrung), reprinted from the events byte for byte, kept
 * when the template changes later, and read only by whoever may read the Fall (with an access-log row).
 */
public class DokumenteTest extends IntegrationTest {

    private static final DateTimeFormatter TT_MM_JJJJ = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The Rechtsbehelfsbelehrung of a Bescheid with the demo office's address (§ 84 SGG, § 36a Abs. 2 SGB I). */
    static final String WIDERSPRUCH_BELEHRUNG = "Rechtsbehelfsbelehrung Gegen diesen Bescheid kann innerhalb eines Monats nach "
            + "seiner Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach "
            + "§ 36a Absatz 2 des Ersten Buches Sozialgesetzbuch oder zur Niederschrift bei der Stelle einzulegen, die diesen "
            + "Bescheid erlassen hat: Stadt Münster, Sozialamt, Hafenstraße 30, 48153 Münster.";
    /** The Rechtsbehelfsbelehrung of a Widerspruchsbescheid (§§ 87, 90, 92 SGG, § 65a SGG). */
    static final String KLAGE_BELEHRUNG = "Rechtsbehelfsbelehrung Gegen diesen Widerspruchsbescheid kann innerhalb eines Monats "
            + "nach seiner Bekanntgabe Klage bei dem zuständigen Sozialgericht erhoben werden: Sozialgericht Münster, Alter "
            + "Steinweg 45, 48143 Münster. Die Klage ist schriftlich, in elektronischer Form nach § 65a des Sozialgerichtsgesetzes "
            + "oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle des Gerichts zu erheben.";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    private Api mueller;
    private LocalDate heute;

    @BeforeEach
    void anmelden() {
        mueller = als("fm.mueller");
        heute = uhr.heute();
    }

    @Test
    void derBewilligungsbescheidNenntAllesWasDerBescheidSagenMussUndWirdByteGleichNachgedruckt() throws Exception {
        String fallId = fallEroeffnen(mueller, "Dokumentbewilligt", "Innenstadt");
        String aktenzeichen = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200).feld("aktenzeichen");
        String antragId = antragStellen(mueller, fallId, heute);
        String pfad = "/api/antraege/" + antragId;
        LocalDate bis = heute.plusMonths(6).minusDays(1);
        Antwort bewilligt = mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 123_456,
                "bewilligungVon", heute.toString(), "bewilligungBis", bis.toString(), "rechtsgrundlage", "§ 27a SGB XII",
                "begruendung", "Der Bedarf übersteigt Einkommen und Vermögen.\nDie Miete ist angemessen.")).erwarte(201);

        JsonNode liste = mueller.warteAuf(pfad + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(liste).hasSize(1);
        JsonNode eintrag = liste.get(0);
        assertThat(eintrag.path("art").asText()).isEqualTo("BEWILLIGUNGSBESCHEID");
        assertThat(eintrag.path("dokumentId").asText()).isEqualTo(bewilligt.feld("entscheidungId"));
        assertThat(eintrag.path("datum").asText()).isEqualTo(heute.toString());
        assertThat(eintrag.path("rechtsbehelfsbelehrung").asBoolean()).isTrue();
        assertThat(eintrag.path("link").asText()).isEqualTo(pfad + "/dokumente/" + bewilligt.feld("entscheidungId"));

        HttpResponse<byte[]> pdf = pdf("fm.mueller", eintrag.path("link").asText());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("X-Dokument-Originalgetreu")).hasValue("true");
        assertThat(sha256(pdf.body())).isEqualTo(eintrag.path("sha256").asText());

        String text = text(pdf.body());
        assertThat(text).contains("Bewilligungsbescheid", "Aktenzeichen: " + aktenzeichen, "Anna Dokumentbewilligt",
                "Ludgeristraße 1", "48143 Münster", "Münster, den " + datum(heute),
                "Ihnen wird Hilfe zum Lebensunterhalt in Höhe von monatlich 1.234,56 € für die Zeit vom " + datum(heute)
                        + " bis " + datum(bis) + " bewilligt.",
                "Rechtsgrundlage: § 27a SGB XII (Hilfe zum Lebensunterhalt, §§ 27 ff. SGB XII)",
                "Der Bedarf übersteigt Einkommen und Vermögen. Die Miete ist angemessen.", WIDERSPRUCH_BELEHRUNG, "fm.mueller");
        try (PDDocument dokument = Loader.loadPDF(pdf.body())) {
            assertThat(dokument.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(heute.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
            assertThat(dokument.getDocumentInformation().getTitle()).isEqualTo("Bewilligungsbescheid – Aktenzeichen " + aktenzeichen);
            assertThat(dokument.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID)).isNotNull();
            assertThat(dokument.getDocumentCatalog().getMetadata()).as("XMP (PDF/A, PDF/UA)").isNotNull();
            assertThat(dokument.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
        }

        // A reprint from the events, a moment later: the same bytes.
        Thread.sleep(1100);
        assertThat(pdf("fm.mueller", eintrag.path("link").asText()).body()).isEqualTo(pdf.body());
        // What a reprint costs (read events, render, hash, through HTTP), printed for the README.
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(pdf("fm.mueller", eintrag.path("link").asText()).body()).isEqualTo(pdf.body());
        }
        System.out.printf("Dokumente: Nachdruck eines Bescheids (%d Bytes) im Mittel %.1f ms%n", pdf.body().length,
                (System.nanoTime() - start) / 10 / 1e6);

        // Whether the notice carries a Rechtsbehelfsbelehrung follows from its document: no checkbox needed.
        // (The amount lies above the approval limit: the Sachgebietsleitung approves first.)
        long freigegeben = als("sgl.schmidt").post(pfad + "/freigabe", Map.of("version", bewilligt.version())).erwarte(200).version();
        Antwort bescheid = mueller.post(pfad + "/bescheid", Map.of("version", freigegeben, "aufgabeZurPostAm", heute.toString()))
                .erwarte(200);
        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == bescheid.version());
        assertThat(antrag.json().path("bescheid").path("widerspruchsfristEnde").asText()).isEqualTo(
                Fristenrechner.widerspruchsfristEnde(Fristenrechner.bekanntgabe(heute), true).toString());
    }

    @Test
    void ablehnungWiderspruchsbescheidUndAbhilfebescheidTragenIhreBelehrung() {
        String fallId = fallEroeffnen(mueller, "Dokumentwiderspruch", "Innenstadt");
        String abgelehnt = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        Antwort ablehnung = mueller.post(abgelehnt + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201);
        mueller.post(abgelehnt + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString())).erwarte(200);
        mueller.post(abgelehnt + "/widerspruch", Map.of("version", 2, "begruendung", "Das Auto ist geschont")).erwarte(201);
        mueller.post(abgelehnt + "/zurueckweisung", Map.of("version", 3, "begruendung", "Das Fahrzeug ist kein Schonvermögen."))
                .erwarte(200);

        JsonNode liste = mueller.warteAuf(abgelehnt + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(liste).extracting(e -> e.path("art").asText()).containsExactly("ABLEHNUNGSBESCHEID", "WIDERSPRUCHSBESCHEID");
        String ablehnungText = text(pdf("fm.mueller", liste.get(0).path("link").asText()).body());
        assertThat(ablehnungText).contains("Ablehnungsbescheid", "Ihr Antrag auf Hilfe zum Lebensunterhalt vom " + datum(heute)
                + " wird abgelehnt.", "Rechtsgrundlage: § 19 Abs. 1 SGB XII", "Vermögen über dem Schonbetrag", WIDERSPRUCH_BELEHRUNG);
        String widerspruchsbescheid = text(pdf("fm.mueller", liste.get(1).path("link").asText()).body());
        assertThat(widerspruchsbescheid).contains("Widerspruchsbescheid", "Ihr Widerspruch vom " + datum(heute)
                + " gegen den Bescheid vom " + datum(heute) + " wird zurückgewiesen.", "Rechtsgrundlage: § 85 Abs. 2 SGG",
                "Das Fahrzeug ist kein Schonvermögen.", KLAGE_BELEHRUNG)
                .doesNotContain("Widerspruch erhoben werden");
        assertThat(liste.get(1).path("dokumentId").asText()).isNotEqualTo(ablehnung.feld("entscheidungId"));

        String abgeholfen = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        mueller.post(abgeholfen + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201);
        mueller.post(abgeholfen + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString())).erwarte(200);
        mueller.post(abgeholfen + "/widerspruch", Map.of("version", 2, "begruendung", "Das Auto ist geschont")).erwarte(201);
        Antwort abhilfe = mueller.post(abgeholfen + "/abhilfe", Map.of("version", 3, "betragMonatlichCent", 56_300, "rechtsgrundlage",
                "§ 27a SGB XII", "begruendung", "Kfz ist Schonvermögen (§ 90 Abs. 2 Nr. 2 SGB XII)")).erwarte(201);
        JsonNode abhilfeListe = mueller.warteAuf(abgeholfen + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(abhilfeListe).extracting(e -> e.path("art").asText()).containsExactly("ABLEHNUNGSBESCHEID", "ABHILFEBESCHEID");
        assertThat(abhilfeListe.get(1).path("dokumentId").asText()).isEqualTo(abhilfe.feld("entscheidungId"));
        String abhilfeText = text(pdf("fm.mueller", abhilfeListe.get(1).path("link").asText()).body());
        assertThat(abhilfeText).contains("Abhilfebescheid", "Ihrem Widerspruch vom " + datum(heute) + " gegen den Bescheid vom "
                + datum(heute) + " wird abgeholfen.", "in Höhe von monatlich 563,00 €", "Rechtsgrundlage: § 27a SGB XII",
                "Kfz ist Schonvermögen (§ 90 Abs. 2 Nr. 2 SGB XII)", WIDERSPRUCH_BELEHRUNG);
    }

    @Test
    void mitwirkungsaufforderungMitRechtsfolgenbelehrungUndVersagungsbescheid() {
        String fallId = fallEroeffnen(mueller, "Dokumentmitwirkung", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        LocalDate frist = heute.plusDays(14);
        mueller.post(pfad + "/unterlagen-anforderung", Map.of("version", 0, "unterlagen", List.of("Kontoauszüge", "Mietvertrag"),
                "frist", frist.toString(), "mitRechtsfolgenbelehrung", true)).erwarte(201);
        JsonNode liste = mueller.warteAuf(pfad + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(liste).hasSize(1);
        assertThat(liste.get(0).path("art").asText()).isEqualTo("MITWIRKUNGSAUFFORDERUNG");
        assertThat(liste.get(0).path("rechtsbehelfsbelehrung").asBoolean()).as("kein Verwaltungsakt").isFalse();
        String aufforderung = text(pdf("fm.mueller", liste.get(0).path("link").asText()).body());
        assertThat(aufforderung).contains("Aufforderung zur Mitwirkung", "Kontoauszüge", "Mietvertrag",
                "Bitte reichen Sie die Unterlagen bis zum " + datum(frist) + " ein.", "§ 60 Abs. 1 SGB I",
                "Rechtsfolgenbelehrung Wenn Sie die angeforderten Unterlagen nicht bis zum " + datum(frist) + " vorlegen, kann die "
                        + "Leistung ohne weitere Ermittlungen bis zur Nachholung der Mitwirkung ganz oder teilweise versagt werden "
                        + "(§§ 60, 66 Abs. 1 und 3 SGB I).")
                .doesNotContain("Widerspruch erhoben");

        uhr.umTageVorstellen(15);
        mueller.warteAuf(pfad, a -> a.json().path("mitwirkung").path("fristAbgelaufen").asBoolean());
        long version = mueller.get(pfad).erwarte(200).version();
        mueller.post(pfad + "/versagung", Map.of("version", version, "begruendung", "Kontoauszüge und Mietvertrag fehlen."))
                .erwarte(201);
        JsonNode danach = mueller.warteAuf(pfad + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(danach).hasSize(2);
        String versagung = text(pdf("fm.mueller", danach.get(1).path("link").asText()).body());
        assertThat(versagung).contains("Versagungsbescheid", "Die mit Antrag vom " + datum(heute) + " beantragte Leistung (Hilfe "
                + "zum Lebensunterhalt) wird bis zur Nachholung der Mitwirkung versagt.", "Rechtsgrundlage: § 66 Abs. 1 SGB I",
                "Kontoauszüge und Mietvertrag fehlen.", "Mit Schreiben vom " + datum(heute) + " wurden Sie aufgefordert, bis zum "
                        + datum(frist) + " Unterlagen vorzulegen", "Münster, den " + datum(uhr.heute()), WIDERSPRUCH_BELEHRUNG);
    }

    @Test
    void anhoerungsschreibenUndAufhebungsbescheid() {
        String fallId = fallEroeffnen(mueller, "Dokumentaufhebung", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        LocalDate bis = heute.plusMonths(12).minusDays(1);
        long v = mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300, "bewilligungVon",
                heute.toString(), "bewilligungBis", bis.toString(), "rechtsgrundlage", "§ 27a SGB XII",
                "begruendung", "Bedarf festgestellt")).erwarte(201).version();
        LocalDate frist = heute.plusDays(14);
        v = mueller.post(pfad + "/anhoerung", Map.of("version", v, "anlass", "Erwerbseinkommen ab nächstem Monat",
                "frist", frist.toString())).erwarte(201).version();
        v = mueller.post(pfad + "/anhoerung/stellungnahme", Map.of("version", v, "stellungnahme", "Stimmt.")).erwarte(200).version();
        LocalDate ab = heute.plusMonths(1);
        mueller.post(pfad + "/aufhebung", Map.of("version", v, "aufgehobenAb", ab.toString(), "rechtsgrundlage", "§ 48 Abs. 1 SGB X",
                "begruendung", "Einkommen aus Erwerbstätigkeit deckt den Bedarf.")).erwarte(201);

        JsonNode liste = mueller.warteAuf(pfad + "/dokumente", DokumenteTest::gelesen).json();
        assertThat(liste).extracting(e -> e.path("art").asText())
                .containsExactly("BEWILLIGUNGSBESCHEID", "ANHOERUNGSSCHREIBEN", "AUFHEBUNGSBESCHEID");
        String anhoerung = text(pdf("fm.mueller", liste.get(1).path("link").asText()).body());
        assertThat(anhoerung).contains("Anhörung vor der Aufhebung", "Mit Bescheid vom " + datum(heute) + " wurde Ihnen Hilfe zum "
                + "Lebensunterhalt in Höhe von monatlich 563,00 € für die Zeit vom " + datum(heute) + " bis " + datum(bis) + " bewilligt.",
                "Erwerbseinkommen ab nächstem Monat", "Bitte äußern Sie sich bis zum " + datum(frist), "§ 24 SGB X")
                .doesNotContain("Rechtsbehelfsbelehrung");
        assertThat(liste.get(1).path("rechtsbehelfsbelehrung").asBoolean()).isFalse();
        String aufhebung = text(pdf("fm.mueller", liste.get(2).path("link").asText()).body());
        assertThat(aufhebung).contains("Aufhebungsbescheid", "Die Bewilligung von Hilfe zum Lebensunterhalt vom " + datum(heute)
                + " über monatlich 563,00 € für die Zeit vom " + datum(heute) + " bis " + datum(bis) + " wird mit Wirkung ab "
                + datum(ab) + " aufgehoben.", "Rechtsgrundlage: § 48 Abs. 1 SGB X", "Einkommen aus Erwerbstätigkeit deckt den Bedarf.",
                WIDERSPRUCH_BELEHRUNG);
    }

    @Test
    void eineSpaeterGeaenderteVorlageAendertKeinAusgefertigtesDokument() throws IOException {
        String fallId = fallEroeffnen(mueller, "Dokumentvorlage", "Innenstadt");
        String erster = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        mueller.post(erster + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201);
        JsonNode vorher = mueller.warteAuf(erster + "/dokumente", DokumenteTest::gelesen).json().get(0);
        byte[] original = pdf("fm.mueller", vorher.path("link").asText()).body();

        // The office changes its template (its own directory, no code change): the next document uses it ...
        String eingebaut = new String(Dokumente.class.getResourceAsStream("/dokumente/bescheid.html").readAllBytes(), StandardCharsets.UTF_8);
        Files.createDirectories(VORLAGEN);
        Files.writeString(VORLAGEN.resolve("bescheid.html"), eingebaut.replace("Mit freundlichen Grüßen", "Hochachtungsvoll"));
        try {
            String zweiter = "/api/antraege/" + antragStellen(mueller, fallId, heute);
            mueller.post(zweiter + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                    "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201);
            JsonNode neu = mueller.warteAuf(zweiter + "/dokumente", DokumenteTest::gelesen).json().get(0);
            assertThat(neu.path("vorlageSha256").asText()).isNotEqualTo(vorher.path("vorlageSha256").asText());
            assertThat(text(pdf("fm.mueller", neu.path("link").asText()).body())).contains("Hochachtungsvoll")
                    .doesNotContain("Mit freundlichen Grüßen");

            // ... and the document issued before is reprinted from its own template version, byte for byte.
            HttpResponse<byte[]> nachdruck = pdf("fm.mueller", vorher.path("link").asText());
            assertThat(nachdruck.body()).isEqualTo(original);
            assertThat(text(nachdruck.body())).contains("Mit freundlichen Grüßen").doesNotContain("Hochachtungsvoll");
            assertThat(jdbc.sql("SELECT count(*) FROM dokumentvorlage WHERE sha256 IN (:a, :b)")
                    .param("a", vorher.path("vorlageSha256").asText()).param("b", neu.path("vorlageSha256").asText())
                    .query(Long.class).single()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(VORLAGEN.resolve("bescheid.html"));
        }
    }

    @Test
    void lesenDarfWerDenFallLesenDarfUndJederZugriffStehtImProtokoll() {
        String fallId = fallEroeffnen(mueller, "Dokumentzugriff", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        String dokumentId = mueller.post(pfad + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201).feld("entscheidungId");
        String link = pfad + "/dokumente/" + dokumentId;
        mueller.warteAuf("/api/faelle/" + fallId, f -> f.status() == 200);

        // Another Dienststelle: refused, and the refusal is on record.
        assertThat(als("fm.yilmaz").get(pfad + "/dokumente").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        HttpResponse<byte[]> fremd = pdf("fm.yilmaz", link);
        assertThat(fremd.statusCode()).isEqualTo(403);
        assertThat(new String(fremd.body(), StandardCharsets.UTF_8)).contains("FREMDE_DIENSTSTELLE").doesNotContain("%PDF");
        assertThat(protokoll(fallId, "fm.yilmaz")).containsExactly("DOKUMENTE:false", "DOKUMENT:false");
        // Roles without personal data: refused.
        assertThat(als("rev.koch").get(pfad + "/dokumente").erwarte(403).feld("code")).isEqualTo("KEINE_PERSONENDATEN");
        assertThat(pdf("rev.koch", link).statusCode()).isEqualTo(403);
        assertThat(pdf("admin", link).statusCode()).isEqualTo(403);
        // Rechtsprüfung reads everything (read-only) and the Sachgebietsleitung its Dienststellen.
        assertThat(als("rp.weber").get(pfad + "/dokumente").erwarte(200).json()).hasSize(1);
        assertThat(pdf("rp.weber", link).statusCode()).isEqualTo(200);
        assertThat(pdf("sgl.schmidt", link).statusCode()).isEqualTo(200);
        assertThat(protokoll(fallId, "rp.weber")).containsExactly("DOKUMENTE:true", "DOKUMENT:true");
        // Without login: 401.
        assertThat(anonym().get(pfad + "/dokumente").status()).isEqualTo(401);

        // Hostile and unknown ids.
        assertThat(mueller.get("/api/antraege/kein-uuid/dokumente").erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        assertThat(mueller.get(pfad + "/dokumente/1%27%20OR%201=1").erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        assertThat(mueller.get(pfad + "/dokumente/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
        assertThat(mueller.get("/api/antraege/" + UUID.randomUUID() + "/dokumente").erwarte(404).feld("code")).isEqualTo("ANTRAG_UNBEKANNT");
        assertThat(mueller.get("/api/antraege/" + fallId + "/dokumente").erwarte(404).feld("code")).isEqualTo("ANTRAG_UNBEKANNT");
        assertThat(mueller.get(pfad + "/dokumente/" + UUID.randomUUID()).erwarte(404).feld("code")).isEqualTo("DOKUMENT_UNBEKANNT");
        // A document of another Antrag is not found through this one.
        String andererPfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        assertThat(mueller.get(andererPfad + "/dokumente/" + dokumentId).erwarte(404).feld("code")).isEqualTo("DOKUMENT_UNBEKANNT");
    }

    @Test
    void dieFallseiteVerlinktJedesDokumentZumAnsehenUndDrucken() {
        String fallId = fallEroeffnen(mueller, "Dokumentseite", "Innenstadt");
        String antragId = antragStellen(mueller, fallId, heute);
        String pfad = "/api/antraege/" + antragId;
        String dokumentId = mueller.post(pfad + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201).feld("entscheidungId");
        mueller.warteAuf(pfad, a -> a.version() == 1);

        String link = "/antraege/" + antragId + "/dokumente/" + dokumentId;
        HttpResponse<byte[]> seite = pdf("fm.mueller", "/faelle/" + fallId);
        assertThat(seite.statusCode()).isEqualTo(200);
        assertThat(new String(seite.body(), StandardCharsets.UTF_8)).contains("Ablehnungsbescheid", "href=\"" + link + "\"",
                "href=\"" + link + "?download=true\"", "ansehen / drucken (PDF)");
        HttpResponse<byte[]> ui = pdf("fm.mueller", link);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(ui.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(ui.body()).isEqualTo(pdf("fm.mueller", "/api" + link).body());
        assertThat(pdf("fm.mueller", link + "?download=true").headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(pdf("fm.yilmaz", link).statusCode()).isEqualTo(403);
    }

    private List<String> protokoll(String fallId, String benutzer) {
        return jdbc.sql("SELECT was || ':' || gewaehrt FROM akteneinsicht WHERE fall_id = :fall AND benutzer = :benutzer "
                        + "AND was LIKE 'DOKUMENT%' ORDER BY id")
                .param("fall", UUID.fromString(fallId)).param("benutzer", benutzer).query(String.class).list();
    }

    private HttpResponse<byte[]> pdf(String benutzer, String pfad) {
        return pdf(port, benutzer, pfad);
    }

    /** A document as bytes (the Api helper reads text). */
    public static HttpResponse<byte[]> pdf(int port, String benutzer, String pfad) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/pdf, application/problem+json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text, every run of white space one blank (line breaks fall where the layout puts them). */
    public static String text(byte[] pdf) {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDFTextStripper leser = new PDFTextStripper();
            // Tagged PDF/UA content comes in marked sections per inline element: read it in the order of the page.
            leser.setSortByPosition(true);
            return leser.getText(dokument).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String datum(LocalDate tag) {
        return TT_MM_JJJJ.format(tag);
    }

    private static String sha256(byte[] inhalt) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhalt));
    }

    /** Documents are read by the need to know of their Fall, decided on its view: 404 until the view shows the new Fall. */
    private static boolean gelesen(Antwort antwort) {
        return antwort.status() == 200;
    }
}
