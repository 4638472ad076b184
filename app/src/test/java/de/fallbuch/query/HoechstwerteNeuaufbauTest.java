package de.fallbuch.query;

import static de.fallbuch.kernel.common.Grenzen.Textart.ANSCHRIFTTEIL;
import static de.fallbuch.kernel.common.Grenzen.Textart.EINTRAG;
import static de.fallbuch.kernel.common.Grenzen.Textart.FREITEXT;
import static de.fallbuch.kernel.common.Grenzen.Textart.KURZTEXT;
import static de.fallbuch.kernel.common.Grenzen.Textart.NAME;
import static de.fallbuch.app.Hoechstwerte.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.Hoechstwerte;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.fall.Hemmnis;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The views hold everything the limits allow: a journey through Fall, Antrag and Hilfevereinbarung
 * with every text at its maximum length (four-byte characters, umlauts, line breaks where allowed),
 * every list at its maximum size and the extreme dates and amounts, then every view is rebuilt from
 * the event store. Nothing lands in a dead-letter queue, and everything reads back intact, before
 * and after the rebuild.
 *
 * <p>Dienststelle and user names must name a configured Dienststelle and user: the tests configure
 * staff of a Dienststelle whose names are as long as allowed (Hoechstwerte, IntegrationTest).
 */
class HoechstwerteNeuaufbauTest extends IntegrationTest {

    private static final int N = Grenzen.MAX_LISTENEINTRAEGE;

    @Test
    void eineReiseMitHoechstwertenUeberstehtDenNeuaufbauJederAnsichtOhneDeadLetter() {
        Api mueller = als(Hoechstwerte.FALLMANAGER);
        Api schmidt = als(Hoechstwerte.SACHGEBIETSLEITUNG);
        Api admin = als("admin");
        LocalDate heute = uhr.heute();
        for (Textart art : Textart.values()) {
            String text = text(art, "Probe");
            assertThat(text.codePointCount(0, text.length())).as("%s", art).isEqualTo(art.maxZeichen());
            assertThat(text).contains("𝔄", "Ä").isEqualTo(text.strip());
        }

        // Fall
        Map<String, Object> anschrift = Map.of("strasse", text(ANSCHRIFTTEIL, "Straße"), "plz", "48143", "ort", text(ANSCHRIFTTEIL, "Ort"));
        Map<String, Object> person = Map.of("vorname", text(NAME, "Vorname"), "nachname", text(NAME, "Nachname"),
                "geburtsdatum", Grenzen.FRUEHESTES_GEBURTSDATUM.toString(), "anschrift", anschrift);
        Antwort eroeffnet = mueller.post("/api/faelle", Map.of("person", person, "dienststelle", Hoechstwerte.DIENSTSTELLE,
                "anliegen", text(FREITEXT, "Anliegen"))).erwarte(201);
        String fallId = eroeffnet.feld("fallId");
        String fall = "/api/faelle/" + fallId;
        long v = eroeffnet.version();
        v = mueller.post(fall + "/erstberatung", koerper(v, "anliegen", text(FREITEXT, "Erstanliegen"),
                "ersteSchritte", text(FREITEXT, "Erste Schritte"))).erwarte(200).version();
        v = mueller.post(fall + "/beratungen", koerper(v, "thema", text(KURZTEXT, "Thema"), "inhalt", text(FREITEXT, "Beratung")))
                .erwarte(200).version();
        v = mueller.post(fall + "/einzelfallanalyse", koerper(v, "hemmnisse", Arrays.stream(Hemmnis.values()).map(Enum::name).toList(),
                "ressourcen", text(FREITEXT, "Ressourcen"), "erwerbsfaehigkeit", "ERWERBSFAEHIG",
                "einschaetzung", text(FREITEXT, "Einschätzung"))).erwarte(200).version();
        v = mueller.post(fall + "/vermittlungen", koerper(v, "partner", "SCHULDNERBERATUNG", "partnerBezeichnung", text(KURZTEXT, "Partner"),
                "anlass", text(KURZTEXT, "Vermittlungsanlass"), "einwilligungErteilt", true, "einwilligungAm", heute.toString()))
                .erwarte(201).version();
        Antwort wiedervorlage = mueller.post(fall + "/wiedervorlagen", koerper(v, "faelligAm", Grenzen.SPAETESTES_GESCHAEFTSDATUM.toString(),
                "anlass", text(KURZTEXT, "Wiedervorlage"))).erwarte(201);
        v = mueller.post(fall + "/wiedervorlagen/" + wiedervorlage.feld("wiedervorlageId") + "/erledigung",
                koerper(wiedervorlage.version(), "vermerk", text(FREITEXT, "Erledigungsvermerk"))).erwarte(200).version();

        // Antrag: the largest amount (needs approval), the longest lists and texts, objection, hearing, revocation
        String antrag = "/api/antraege/" + mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "HILFE_ZUM_LEBENSUNTERHALT",
                "eingangsdatum", heute.toString(), "kanal", "SCHRIFTLICH")).erwarte(201).feld("antragId");
        long a = mueller.post(antrag + "/unterlagen-anforderung", koerper(0, "unterlagen", liste(i -> text(EINTRAG, "Unterlage " + i)),
                "frist", heute.plusDays(14).toString(), "rechtsfolgenbelehrung", text(FREITEXT, "Rechtsfolgenbelehrung")))
                .erwarte(201).version();
        a = mueller.post(antrag + "/unterlagen-eingang", koerper(a, "bemerkung", text(FREITEXT, "Eingangsbemerkung"))).erwarte(200).version();
        a = mueller.post(antrag + "/bewilligung", koerper(a, "betragMonatlichCent", Grenzen.MAX_BETRAG_MONATLICH_CENT,
                "rechtsgrundlage", text(KURZTEXT, "Rechtsgrundlage"), "begruendung", text(FREITEXT, "Begründung der Bewilligung")))
                .erwarte(201).version();
        a = schmidt.post(antrag + "/freigabe", koerper(a, "vermerk", text(FREITEXT, "Freigabevermerk"))).erwarte(200).version();
        a = mueller.post(antrag + "/bescheid", koerper(a, "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true))
                .erwarte(200).version();
        a = mueller.post(antrag + "/widerspruch", koerper(a, "begruendung", text(FREITEXT, "Widerspruchsbegründung"))).erwarte(201).version();
        a = schmidt.post(antrag + "/zurueckweisung", koerper(a, "rechtsgrundlage", text(KURZTEXT, "Rechtsgrundlage Zurückweisung"),
                "begruendung", text(FREITEXT, "Zurückweisung"))).erwarte(200).version();
        a = mueller.post(antrag + "/anhoerung", koerper(a, "anlass", text(KURZTEXT, "Anhörungsanlass"), "frist", heute.plusDays(14).toString()))
                .erwarte(201).version();
        a = mueller.post(antrag + "/anhoerung/stellungnahme", koerper(a, "stellungnahme", text(FREITEXT, "Stellungnahme")))
                .erwarte(200).version();
        a = mueller.post(antrag + "/aufhebung", koerper(a, "aufgehobenAb", heute.toString(),
                "rechtsgrundlage", text(KURZTEXT, "Rechtsgrundlage Aufhebung"), "begruendung", text(FREITEXT, "Aufhebung")))
                .erwarte(201).version();
        String zweiterAntrag = "/api/antraege/" + mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "HILFE_ZUR_PFLEGE",
                "eingangsdatum", heute.toString(), "kanal", "ELEKTRONISCH")).erwarte(201).feld("antragId");
        mueller.post(zweiterAntrag + "/ruecknahme", koerper(0, "erklaerung", text(FREITEXT, "Rücknahmeerklärung"))).erwarte(200);

        // Hilfevereinbarung: four full lists, signed, then every act on it
        Antwort entwurf = mueller.post("/api/hilfevereinbarungen", vereinbarungsinhalt(fallId, heute, "")).erwarte(201);
        String vereinbarung = "/api/hilfevereinbarungen/" + entwurf.feld("hilfevereinbarungId");
        JsonNode inhalt = entwurf.json().path("inhalt");
        long h = mueller.post(vereinbarung + "/unterschrift", koerper(0, "unterzeichner", "PERSON")).erwarte(200).version();
        h = mueller.post(vereinbarung + "/unterschrift", koerper(h, "unterzeichner", "FALLMANAGER")).erwarte(200).version();
        h = mueller.warteAuf(vereinbarung, x -> x.json().path("status").asText().equals("IN_KRAFT")).version();
        String massnahme = vereinbarung + "/massnahmen/" + inhalt.path("massnahmen").get(0).path("massnahmeId").asText();
        h = mueller.post(massnahme + "/beginn", koerper(h, "datum", heute.toString())).erwarte(200).version();
        h = mueller.post(vereinbarung + "/massnahmen/" + inhalt.path("massnahmen").get(1).path("massnahmeId").asText() + "/abbruch",
                koerper(h, "datum", heute.toString(), "grund", text(FREITEXT, "Abbruchgrund"))).erwarte(200).version();
        h = mueller.post(vereinbarung + "/ziele/" + inhalt.path("ziele").get(0).path("zielId").asText() + "/erreicht",
                koerper(h, "datum", heute.toString(), "vermerk", text(FREITEXT, "Ziel erreicht"))).erwarte(200).version();
        h = mueller.post(vereinbarung + "/ziele/" + inhalt.path("ziele").get(1).path("zielId").asText() + "/verfehlt",
                koerper(h, "datum", heute.toString(), "begruendung", text(FREITEXT, "Ziel verfehlt"))).erwarte(200).version();
        h = mueller.post(vereinbarung + "/ueberpruefung", koerper(h, "datum", heute.toString(), "ergebnis", text(FREITEXT, "Überprüfung"),
                "naechsterTermin", heute.plusMonths(3).toString())).erwarte(200).version();
        h = mueller.post(vereinbarung + "/pflichtverletzung", koerper(h, "pflichtId", inhalt.path("pflichten").get(0).path("pflichtId").asText(),
                "datum", heute.toString(), "sachverhalt", text(FREITEXT, "Sachverhalt"), "stellungnahme", text(FREITEXT, "Stellungnahme der Person"),
                "stellungnahmeAbgelehnt", false)).erwarte(200).version();
        Map<String, Object> fortschreibung = vereinbarungsinhalt(null, heute, "Fortschreibung ");
        fortschreibung.put("version", h);
        fortschreibung.put("anlass", text(KURZTEXT, "Anlass der Fortschreibung"));
        h = mueller.post(vereinbarung + "/fortschreibung", fortschreibung).erwarte(200).version();
        h = mueller.post(vereinbarung + "/einwilligungswiderruf", koerper(h, "datum", heute.toString(),
                "erklaerung", text(FREITEXT, "Widerruf"))).erwarte(200).version();

        // The Fall closed and reopened
        v = mueller.warteAuf(fall, x -> x.status() == 200).version();
        v = schmidt.post(fall + "/fallmanager", koerper(v, "neuerFallmanager", Hoechstwerte.ZWEITER_FALLMANAGER,
                "grund", text(FREITEXT, "Wechselgrund"))).erwarte(200).version();
        v = mueller.post(fall + "/abschluss", koerper(v, "grund", "WEGFALL_HILFEBEDUERFTIGKEIT", "bemerkung", text(FREITEXT, "Abschlussbemerkung")))
                .erwarte(200).version();
        v = mueller.post(fall + "/wiederaufnahme", koerper(v, "grund", text(FREITEXT, "Wiederaufnahmegrund"))).erwarte(200).version();

        long fallVersion = v;
        long antragVersion = a;
        long vereinbarungVersion = h;
        mueller.warteAuf(fall, x -> x.version() == fallVersion);
        mueller.warteAuf(antrag, x -> x.version() == antragVersion);
        mueller.warteAuf(vereinbarung, x -> x.version() == vereinbarungVersion);
        alleAnsichtenAktuellOhneDeadLetter(admin);

        Map<String, String> pfade = new LinkedHashMap<>();
        pfade.put("fall", fall);
        pfade.put("verlauf", fall + "/verlauf");
        pfade.put("antrag", antrag);
        pfade.put("entscheidungen", antrag + "/entscheidungen");
        pfade.put("zweiterAntrag", zweiterAntrag);
        pfade.put("vereinbarung", vereinbarung);
        pfade.put("ersteFassung", vereinbarung + "?version=1");
        pfade.put("vereinbarungen", fall + "/hilfevereinbarungen");
        Map<String, JsonNode> vorher = lesen(mueller, pfade);

        // Read back intact: every text exactly as sent.
        JsonNode gelesen = vorher.get("fall");
        assertThat(gelesen.path("person").path("vorname").asText()).isEqualTo(text(NAME, "Vorname"));
        assertThat(gelesen.path("person").path("nachname").asText()).isEqualTo(text(NAME, "Nachname"));
        assertThat(gelesen.path("person").path("geburtsdatum").asText()).isEqualTo("1900-01-01");
        assertThat(gelesen.path("person").path("anschrift").path("strasse").asText()).isEqualTo(text(ANSCHRIFTTEIL, "Straße"));
        assertThat(gelesen.path("person").path("anschrift").path("ort").asText()).isEqualTo(text(ANSCHRIFTTEIL, "Ort"));
        assertThat(gelesen.toString()).contains(json(text(FREITEXT, "Anliegen")));
        assertThat(gelesen.path("dienststelle").asText()).isEqualTo(Hoechstwerte.DIENSTSTELLE);
        assertThat(gelesen.path("fallmanager").asText()).isEqualTo(Hoechstwerte.ZWEITER_FALLMANAGER);
        JsonNode antragGelesen = vorher.get("antrag");
        assertThat(antragGelesen.toString()).contains(json(text(EINTRAG, "Unterlage 0")), json(text(EINTRAG, "Unterlage " + (N - 1))));
        assertThat(vorher.get("entscheidungen").toString()).contains(json(text(FREITEXT, "Begründung der Bewilligung")),
                json(text(KURZTEXT, "Rechtsgrundlage")), String.valueOf(Grenzen.MAX_BETRAG_MONATLICH_CENT));
        assertThat(vorher.get("ersteFassung").toString()).contains(json(text(EINTRAG, "Ziel 0")), json(text(EINTRAG, "Ziel " + (N - 1))),
                json(text(EINTRAG, "Maßnahme " + (N - 1))), json(text(EINTRAG, "Pflicht " + (N - 1))),
                json(text(EINTRAG, "Leistung " + (N - 1))), json(text(KURZTEXT, "Partner " + (N - 1))));
        assertThat(vorher.get("vereinbarung").toString()).contains(json(text(FREITEXT, "Widerruf")));
        String verlauf = vorher.get("verlauf").toString();
        for (String erwartet : List.of(text(FREITEXT, "Beratung"), text(FREITEXT, "Zurückweisung"), text(FREITEXT, "Stellungnahme"),
                text(FREITEXT, "Aufhebung"), text(KURZTEXT, "Rechtsgrundlage Aufhebung"), text(FREITEXT, "Abschlussbemerkung"),
                text(FREITEXT, "Wiederaufnahmegrund"), text(FREITEXT, "Rücknahmeerklärung"))) {
            assertThat(verlauf).contains(json(erwartet));
        }

        // Every view rebuilt from the event store: the same answers, no dead letter anywhere.
        JsonNode projektionen = admin.get("/api/admin/projektionen").erwarte(200).json();
        List<String> namen = new ArrayList<>();
        projektionen.forEach(p -> namen.add(p.path("name").asText()));
        assertThat(namen).contains("faelle", "antraege", "hilfevereinbarungen", "verlauf", "arbeitskorb", "kennzahlen");
        for (String name : namen) {
            admin.post("/api/admin/projektionen/" + name + "/neuaufbau", Map.of()).erwarte(202);
        }
        alleAnsichtenAktuellOhneDeadLetter(admin);
        Map<String, JsonNode> nachher = lesen(mueller, pfade);
        for (String schluessel : pfade.keySet()) {
            assertThat(nachher.get(schluessel)).as("%s nach dem Neuaufbau", schluessel).isEqualTo(vorher.get(schluessel));
        }
    }

    @Test
    void einUeberlangerWertWirdAbgewiesenOderVollstaendigGehaltenAberNieZumDeadLetter() {
        // Before the limits are enforced at the door such a value is stored; once they are, it is
        // refused. Either way no view may refuse what the event store holds.
        Api fallmanager = als(Hoechstwerte.FALLMANAGER);
        String nachname = text(FREITEXT, "Überlanger Nachname").replace('\n', ' ').replace('\t', ' ');
        Antwort antwort = fallmanager.post("/api/faelle", Map.of("person", Map.of("vorname", text(FREITEXT, "Vorname"), "nachname", nachname,
                "geburtsdatum", "1980-05-01"), "dienststelle", Hoechstwerte.DIENSTSTELLE, "anliegen", text(FREITEXT, "Anliegen")));
        assertThat(antwort.status()).as(antwort.text()).isIn(201, 400);
        if (antwort.status() == 201) {
            Antwort fall = fallmanager.warteAuf("/api/faelle/" + antwort.feld("fallId"), x -> x.status() == 200);
            assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo(nachname);
            fallmanager.warteAuf("/api/faelle/" + antwort.feld("fallId") + "/verlauf", x -> x.status() == 200 && x.json().size() == 1);
        }
        alleAnsichtenAktuellOhneDeadLetter(als("admin"));
    }

    /** Every view has caught up with the event store, and no processing group holds a dead letter. */
    private void alleAnsichtenAktuellOhneDeadLetter(Api admin) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode projektionen = admin.get("/api/admin/projektionen").erwarte(200).json();
            assertThat(projektionen.size()).isPositive();
            for (JsonNode p : projektionen) {
                assertThat(p.path("rueckstand").asLong(-1)).as("Rückstand von %s", p.path("name")).isZero();
                assertThat(p.path("neuaufbau").asBoolean()).as("Neuaufbau von %s", p.path("name")).isFalse();
                assertThat(p.path("fortschrittProzent").asInt()).as("Fortschritt von %s", p.path("name")).isEqualTo(100);
                assertThat(p.path("fehler").asBoolean()).as("Fehler in %s", p.path("name")).isFalse();
            }
        });
        for (JsonNode gruppe : admin.get("/api/admin/dead-letters").erwarte(200).json()) {
            assertThat(gruppe.path("anzahl").asLong()).as("Dead Letters in %s: %s", gruppe.path("projektion"), gruppe).isZero();
        }
        assertThat(admin.get("/actuator/health").erwarte(200).feld("status")).isEqualTo("UP");
    }

    private static Map<String, JsonNode> lesen(Api wer, Map<String, String> pfade) {
        Map<String, JsonNode> antworten = new LinkedHashMap<>();
        pfade.forEach((name, pfad) -> antworten.put(name, wer.get(pfad).erwarte(200).json()));
        return antworten;
    }

    private static Map<String, Object> vereinbarungsinhalt(String fallId, LocalDate heute, String praefix) {
        Map<String, Object> inhalt = new HashMap<>();
        if (fallId != null) {
            inhalt.put("fallId", fallId);
        }
        inhalt.put("ziele", liste(i -> Map.of("beschreibung", text(EINTRAG, praefix + "Ziel " + i), "zieldatum", heute.plusMonths(4).toString())));
        inhalt.put("massnahmen", liste(i -> Map.of("art", "SCHULDNERBERATUNG", "beschreibung", text(EINTRAG, praefix + "Maßnahme " + i),
                "verantwortlich", "PARTNER", "partnerBezeichnung", text(KURZTEXT, praefix + "Partner " + i),
                "geplanterBeginn", heute.plusDays(7).toString(), "geplantesEnde", heute.plusMonths(6).toString())));
        inhalt.put("pflichten", liste(i -> text(EINTRAG, praefix + "Pflicht " + i)));
        inhalt.put("leistungenAmt", liste(i -> Map.of("beschreibung", text(EINTRAG, praefix + "Leistung " + i))));
        inhalt.put("ueberpruefungstermin", heute.plusMonths(3).toString());
        return inhalt;
    }

    private static <T> List<T> liste(Function<Integer, T> eintrag) {
        return IntStream.range(0, N).boxed().map(eintrag).toList();
    }

    /** A request body with the version and pairs of name and value. */
    private static Map<String, Object> koerper(long version, Object... paare) {
        Map<String, Object> koerper = new HashMap<>();
        koerper.put("version", version);
        for (int i = 0; i < paare.length; i += 2) {
            koerper.put((String) paare[i], paare[i + 1]);
        }
        return koerper;
    }

    /** A text as it appears inside a JSON document (line breaks and tabs escaped). */
    private static String json(String text) {
        try {
            String zitiert = Api.JSON.writeValueAsString(text);
            return zitiert.substring(1, zitiert.length() - 1);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
