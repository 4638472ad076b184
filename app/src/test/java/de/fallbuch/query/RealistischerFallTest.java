package de.fallbuch.query;

import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.antrag.Fristenrechner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A realistic case through the REST API — a Fall with three Anträge and a Hilfevereinbarung — and
 * the views caseworkers and legal reviewers live in: Arbeitskorb, Verlauf, Entscheidungshistorie,
 * Stand am; and who may see what.
 */
class RealistischerFallTest extends IntegrationTest {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void einFallMitMehrerenAntraegenUndEinerHilfevereinbarungInAllenAnsichten() throws InterruptedException {
        Api mueller = als("fm.mueller");
        Api schmidt = als("sgl.schmidt");
        LocalDate heute = uhr.heute();
        String fallId = fallEroeffnen(mueller, "Kowalczyk", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete und Strom",
                "ersteSchritte", "Anträge stellen")).erwarte(200);

        // Antrag 1: Hilfe zum Lebensunterhalt, Unterlagen angefordert
        String hlu = mueller.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", heute)).erwarte(201).feld("antragId");
        String anforderung = "/api/antraege/" + hlu;
        long vHlu = mueller.post(anforderung + "/unterlagen-anforderung", Map.of("version", 0,
                "unterlagen", List.of("Kontoauszüge", "Mietvertrag"), "frist", heute.plusDays(14).toString())).erwarte(201).version();
        // Antrag 2: Wohngeld, abgelehnt
        String wohngeld = mueller.post("/api/antraege", neuerAntrag(fallId, "WOHNGELD", heute)).erwarte(201).feld("antragId");
        mueller.post("/api/antraege/" + wohngeld + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 20 WoGG",
                "begruendung", "Vorrangig Leistungen nach dem SGB XII")).erwarte(201);
        // Antrag 3: Grundsicherung über der Freigabegrenze, von der Sachgebietsleitung freigegeben
        String gsi = mueller.post("/api/antraege", neuerAntrag(fallId, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", heute)).erwarte(201)
                .feld("antragId");
        long vGsi = mueller.post("/api/antraege/" + gsi + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 125_000,
                "rechtsgrundlage", "§ 41 SGB XII", "begruendung", "Dauerhaft voll erwerbsgemindert")).erwarte(201).version();
        vGsi = schmidt.post("/api/antraege/" + gsi + "/freigabe", Map.of("version", vGsi)).erwarte(200).version();
        // The agreement
        String vereinbarung = inKraftSetzen(mueller, fallId);

        // Arbeitskorb: the Mitwirkungsfrist, the §88 periods, the review date; the Anträge by state
        Antwort korb = mueller.warteAuf("/api/arbeitskorb",
                a -> fristen(a, fallId, f -> true).size() == 4 && antraege(a, fallId).stream()
                        .map(z -> z.path("antragId").asText() + ":" + z.path("status").asText()).toList()
                        .containsAll(List.of(hlu + ":UNTERLAGEN_ANGEFORDERT", wohngeld + ":ENTSCHIEDEN", gsi + ":ENTSCHIEDEN")));
        assertThat(fristen(korb, fallId, f -> f.path("art").asText().equals("MITWIRKUNGSFRIST")))
                .singleElement().satisfies(f -> {
                    assertThat(f.path("faelligAm").asText()).isEqualTo(heute.plusDays(14).toString());
                    assertThat(f.path("beschreibung").asText()).isEqualTo("Unterlagen: Kontoauszüge, Mietvertrag");
                });
        assertThat(fristen(korb, fallId, f -> f.path("art").asText().equals("UNTAETIGKEIT_ANTRAG")))
                .singleElement().satisfies(f -> assertThat(f.path("faelligAm").asText())
                        .isEqualTo(Fristenrechner.untaetigkeitsfristEndeAntrag(heute).toString()));
        assertThat(fristen(korb, fallId, f -> f.path("art").asText().equals("UEBERPRUEFUNG_HILFEVEREINBARUNG"))).hasSize(1);
        assertThat(fristen(korb, fallId, f -> f.path("art").asText().equals("ENDE_BEWILLIGUNGSZEITRAUM")))
                .singleElement().satisfies(f -> assertThat(f.path("bezugId").asText()).isEqualTo(gsi));
        assertThat(antraege(korb, fallId)).extracting(a -> a.path("antragId").asText() + ":" + a.path("status").asText())
                .contains(hlu + ":UNTERLAGEN_ANGEFORDERT", wohngeld + ":ENTSCHIEDEN", gsi + ":ENTSCHIEDEN");

        // Twenty days later the Mitwirkungsfrist is overdue and comes first
        uhr.umTageVorstellen(20);
        korb = mueller.warteAuf("/api/arbeitskorb", a -> fristen(a, fallId, f -> f.path("ueberfaellig").asBoolean()).size() == 1);
        JsonNode ueberfaellig = fristen(korb, fallId, f -> f.path("ueberfaellig").asBoolean()).get(0);
        assertThat(ueberfaellig.path("art").asText()).isEqualTo("MITWIRKUNGSFRIST");
        assertThat(ueberfaellig.path("tageBisFaellig").asLong()).isEqualTo(-6);
        assertThat(fristen(korb, fallId, f -> true).get(0)).isEqualTo(ueberfaellig);
        assertThat(antraege(korb, fallId)).filteredOn(a -> a.path("antragId").asText().equals(hlu))
                .singleElement().satisfies(a -> assertThat(a.path("alterInTagen").asLong()).isEqualTo(20));

        // The documents arrive: the deadline leaves the Arbeitskorb. Then the grant, a Widerspruch, Abhilfe.
        long vorUnterlagen = mueller.warteAuf(anforderung, a -> a.json().path("mitwirkung").path("fristAbgelaufen").asBoolean()).version();
        vHlu = mueller.post(anforderung + "/unterlagen-eingang", Map.of("version", vorUnterlagen)).erwarte(200).version();
        mueller.warteAuf("/api/arbeitskorb", a -> fristen(a, fallId, f -> f.path("art").asText().equals("MITWIRKUNGSFRIST")).isEmpty());
        Antwort ersteBewilligung = mueller.post(anforderung + "/bewilligung", Map.of("version", vHlu, "betragMonatlichCent", 56_300,
                "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Regelbedarf und Kosten der Unterkunft")).erwarte(201);
        vHlu = mueller.post(anforderung + "/bescheid", Map.of("version", ersteBewilligung.version(),
                "aufgabeZurPostAm", uhr.heute().toString(), "mitRechtsbehelfsbelehrung", true)).erwarte(200).version();
        Thread.sleep(5);
        Instant zwischenDenEntscheidungen = Instant.now();
        Thread.sleep(5);
        vHlu = mueller.post(anforderung + "/widerspruch", Map.of("version", vHlu, "begruendung", "Mehrbedarf für Ernährung fehlt"))
                .erwarte(201).version();
        Antwort abhilfe = mueller.post(anforderung + "/abhilfe", Map.of("version", vHlu, "betragMonatlichCent", 61_200,
                "rechtsgrundlage", "§ 27 SGB XII, § 30 Abs. 5 SGB XII", "begruendung", "Mehrbedarf für kostenaufwändige Ernährung"))
                .erwarte(201);
        long letzte = abhilfe.version();
        mueller.warteAuf(anforderung, a -> a.version() == letzte);

        // Entscheidungshistorie: both decisions, the first marked as superseded
        Api weber = als("rp.weber");
        Antwort historie = weber.warteAuf(anforderung + "/entscheidungen", a -> a.json().size() == 2);
        JsonNode erste = historie.json().get(0);
        JsonNode zweite = historie.json().get(1);
        assertThat(erste.path("entscheidungId").asText()).isEqualTo(ersteBewilligung.feld("entscheidungId"));
        assertThat(erste.path("stand").asText()).isEqualTo("ERSETZT");
        assertThat(erste.path("ersetztDurch").asText()).isEqualTo(abhilfe.feld("entscheidungId"));
        assertThat(erste.path("betragMonatlichCent").asLong()).isEqualTo(56_300);
        assertThat(erste.path("entschiedenVon").asText()).isEqualTo("fm.mueller");
        assertThat(erste.path("bekanntgabeAm").asText()).isEqualTo(Fristenrechner.bekanntgabe(uhr.heute()).toString());
        assertThat(zweite.path("stand").asText()).isEqualTo("WIRKSAM");
        assertThat(zweite.path("betragMonatlichCent").asLong()).isEqualTo(61_200);
        assertThat(zweite.path("rechtsgrundlage").asText()).isEqualTo("§ 27 SGB XII, § 30 Abs. 5 SGB XII");
        assertThat(zweite.path("begruendung").asText()).isEqualTo("Mehrbedarf für kostenaufwändige Ernährung");
        JsonNode gsiEntscheidung = weber.get("/api/antraege/" + gsi + "/entscheidungen").erwarte(200).json().get(0);
        assertThat(gsiEntscheidung.path("freigegebenVon").asText()).isEqualTo("sgl.schmidt");
        assertThat(gsiEntscheidung.path("stand").asText()).isEqualTo("WIRKSAM");

        // Stand am between the two decisions: the first grant, before the Widerspruch
        Antwort damals = weber.get(anforderung + "?stand=" + zwischenDenEntscheidungen).erwarte(200);
        assertThat(damals.feld("status")).isEqualTo("BESCHIEDEN");
        assertThat(damals.json().path("entscheidung").path("betragMonatlichCent").asLong()).isEqualTo(56_300);
        assertThat(weber.get(anforderung).erwarte(200).json().path("entscheidung").path("betragMonatlichCent").asLong()).isEqualTo(61_200);

        // Verlauf: everything in order, each with who and the legal basis
        Antwort verlauf = weber.warteAuf("/api/faelle/" + fallId + "/verlauf",
                a -> a.json().findValuesAsText("ereignis").contains("WiderspruchAbgeholfen")
                        && a.json().findValuesAsText("ereignis").stream().filter("AntragBewilligt"::equals).count() == 3);
        List<String> saetze = verlauf.json().findValuesAsText("satz");
        LocalDate von = Fristenrechner.leistungsbeginn(de.fallbuch.kernel.common.Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, heute);
        LocalDate bis = von.plusMonths(12).minusDays(1);
        assertThat(saetze).contains("Antrag auf Grundsicherung im Alter und bei Erwerbsminderung bewilligt: 1.250,00 € monatlich vom "
                + von.format(DATUM) + " bis " + bis.format(DATUM) + ", § 41 SGB XII – entschieden von fm.mueller, freigegeben von sgl.schmidt");
        assertThat(saetze).anyMatch(s -> s.startsWith("Antrag auf Wohngeld abgelehnt, § 20 WoGG – entschieden von fm.mueller"));
        assertThat(saetze).anyMatch(s -> s.startsWith("Dem Widerspruch wurde abgeholfen"));
        assertThat(verlauf.json().findValuesAsText("aggregat")).contains("FALL", "ANTRAG", "HILFEVEREINBARUNG");
        assertThat(verlauf.json().findValuesAsText("aggregatId")).contains(fallId, hlu, wohngeld, gsi, vereinbarung);
        List<Instant> zeiten = new ArrayList<>();
        verlauf.json().forEach(e -> zeiten.add(Instant.parse(e.path("zeitpunkt").asText())));
        assertThat(zeiten).isSorted();
        assertThat(weber.get("/api/faelle/" + fallId + "/verlauf?aggregat=ANTRAG").erwarte(200).json().findValuesAsText("aggregat"))
                .containsOnly("ANTRAG");

        // Need to know: another Dienststelle gets 403, Revision sees no names anywhere
        Api yilmaz = als("fm.yilmaz");
        yilmaz.get("/api/faelle/" + fallId).erwarte(403);
        yilmaz.get("/api/faelle/" + fallId + "/verlauf").erwarte(403);
        yilmaz.get(anforderung).erwarte(403);
        yilmaz.get(anforderung + "/entscheidungen").erwarte(403);
        yilmaz.get("/api/hilfevereinbarungen/" + vereinbarung).erwarte(403);
        assertThat(yilmaz.get("/api/arbeitskorb").erwarte(200).text()).doesNotContain("Kowalczyk");
        Api koch = als("rev.koch");
        for (String pfad : List.of("/api/faelle/" + fallId, "/api/faelle/" + fallId + "/verlauf", anforderung, anforderung + "/entscheidungen",
                "/api/hilfevereinbarungen/" + vereinbarung, "/api/faelle", "/api/arbeitskorb")) {
            Antwort antwort = koch.get(pfad);
            assertThat(antwort.status()).as(pfad).isEqualTo(403);
            assertThat(antwort.text()).as(pfad).doesNotContain("Kowalczyk").doesNotContain("Anna").doesNotContain("1980-05-01")
                    .doesNotContain("Ludgeristraße");
        }
    }

    private static List<JsonNode> fristen(Antwort korb, String fallId, Predicate<JsonNode> bedingung) {
        List<JsonNode> fristen = new ArrayList<>();
        korb.json().path("fristen").forEach(f -> {
            if (f.path("fallId").asText().equals(fallId) && bedingung.test(f)) {
                fristen.add(f);
            }
        });
        return fristen;
    }

    private static List<JsonNode> antraege(Antwort korb, String fallId) {
        List<JsonNode> antraege = new ArrayList<>();
        korb.json().path("antraege").forEach(a -> {
            if (a.path("fallId").asText().equals(fallId)) {
                antraege.add(a);
            }
        });
        return antraege;
    }
}
