package de.fallbuch.command.hilfevereinbarung;

import static de.fallbuch.app.HilfevereinbarungTestdaten.HEUTE;
import static de.fallbuch.app.HilfevereinbarungTestdaten.entwerfen;
import static de.fallbuch.app.HilfevereinbarungTestdaten.entwurf;
import static de.fallbuch.app.HilfevereinbarungTestdaten.inKraftSetzen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Hilfevereinbarung through its REST API: a whole life, who may do what, and every kind of refusal. */
class HilfevereinbarungApiTest extends IntegrationTest {

    private Api mueller;

    @BeforeEach
    void anmelden() {
        mueller = als("fm.mueller");
    }

    /**
     * The journey of issue 4: draft, signed by both, a measure begun, a review, a Fortschreibung,
     * Fassung 2 signed, a goal reached, ended as fulfilled; Fassung 1 stays exactly as signed.
     */
    @Test
    void eineHilfevereinbarungVomEntwurfBisZurErfuellungUndFassungEinsBleibtWieUnterschrieben() {
        String fallId = fallEroeffnen(mueller, "Yildiz", "Innenstadt");

        // Drafted: every entry got an id.
        Antwort entworfen = entwerfen(mueller, fallId);
        String id = entworfen.feld("hilfevereinbarungId");
        String pfad = "/api/hilfevereinbarungen/" + id;
        assertThat(entworfen.version()).isZero();
        assertThat(entworfen.kopf().firstValue("Location")).contains(pfad);
        JsonNode inhalt = entworfen.json().path("inhalt");
        String zielId = inhalt.path("ziele").get(0).path("zielId").asText();
        String schuldnerberatungId = inhalt.path("massnahmen").get(0).path("massnahmeId").asText();
        assertThat(inhalt.path("pflichten").get(0).path("beschreibung").asText()).isEqualTo("Termine der Schuldnerberatung wahrnehmen");
        assertThat(inhalt.path("pflichten").get(0).path("pflichtId").asText()).isNotBlank();

        // Signed by the person, then by the office: in force.
        long v = mueller.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON", "datum", HEUTE.toString()))
                .erwarte(200).version();
        assertThat(v).isEqualTo(1);
        v = mueller.post(pfad + "/unterschrift", Map.of("version", v, "unterzeichner", "FALLMANAGER")).erwarte(200).version();
        assertThat(v).isEqualTo(3);
        long inKraft = v;
        Antwort geltend = mueller.warteAuf(pfad, a -> a.version() == inKraft);
        assertThat(geltend.feld("status")).isEqualTo("IN_KRAFT");
        assertThat(geltend.feld("inKraftSeit")).isEqualTo(HEUTE.toString());
        assertThat(geltend.feld("naechsteUeberpruefung")).isEqualTo(HEUTE.plusMonths(3).toString());
        Antwort fassungEinsBeiUnterschrift = mueller.get(pfad + "?version=1").erwarte(200);
        assertThat(fassungEinsBeiUnterschrift.json().path("fassung").asInt()).isEqualTo(1);
        assertThat(fassungEinsBeiUnterschrift.json().path("inKraftAm").asText()).isEqualTo(HEUTE.toString());
        assertThat(fassungEinsBeiUnterschrift.json().path("unterschriftFallmanager").path("unterzeichnetVon").asText()).isEqualTo("fm.mueller");
        assertThat(fassungEinsBeiUnterschrift.json().path("inhalt")).isEqualTo(inhalt);

        // The debt counselling begins; the review sets the next date.
        v = mueller.post(pfad + "/massnahmen/" + schuldnerberatungId + "/beginn", Map.of("version", v)).erwarte(200).version();
        v = mueller.post(pfad + "/ueberpruefung", Map.of("version", v, "ergebnis", "Beratung läuft, Sprachkurs passt nicht zur Arbeitszeit",
                "naechsterTermin", HEUTE.plusMonths(2).toString())).erwarte(200).version();

        // Fortschreibung: the language course goes, a job measure and a duty come, the review moves.
        Map<String, Object> fortschreibung = new HashMap<>();
        fortschreibung.put("version", v);
        fortschreibung.put("anlass", "Ergebnis der Überprüfung");
        fortschreibung.put("ziele", List.of(inhalt.path("ziele").get(0)));
        fortschreibung.put("massnahmen", List.of(inhalt.path("massnahmen").get(0), Map.of("art", "BESCHAEFTIGUNGSMASSNAHME",
                "verantwortlich", "AMT", "geplanterBeginn", HEUTE.plusMonths(1).toString())));
        List<Object> pflichten = new ArrayList<>();
        inhalt.path("pflichten").forEach(pflichten::add);
        pflichten.add("Kontoauszüge monatlich vorlegen");
        fortschreibung.put("pflichten", pflichten);
        fortschreibung.put("leistungenAmt", List.of(inhalt.path("leistungenAmt").get(0)));
        fortschreibung.put("ueberpruefungstermin", HEUTE.plusMonths(4).toString());
        v = mueller.post(pfad + "/fortschreibung", fortschreibung).erwarte(200).version();
        long fortgeschrieben = v;
        Antwort waehrendDerFortschreibung = mueller.warteAuf(pfad, a -> a.version() == fortgeschrieben);
        assertThat(waehrendDerFortschreibung.json().path("geltendeFassung").path("fassung").asInt()).isEqualTo(1);
        assertThat(waehrendDerFortschreibung.json().path("entwurf").path("fassung").asInt()).isEqualTo(2);
        assertThat(waehrendDerFortschreibung.feld("status")).isEqualTo("IN_KRAFT");

        // Fassung 2 signed by both: it replaces Fassung 1.
        v = mueller.post(pfad + "/unterschrift", Map.of("version", v, "unterzeichner", "PERSON")).erwarte(200).version();
        v = als("sgl.schmidt").post(pfad + "/unterschrift", Map.of("version", v, "unterzeichner", "FALLMANAGER")).erwarte(200).version();

        // The goal is reached, the agreement fulfilled.
        v = mueller.post(pfad + "/ziele/" + zielId + "/erreicht", Map.of("version", v, "vermerk", "Ratenplan mit dem Vermieter"))
                .erwarte(200).version();
        v = mueller.post(pfad + "/beendigung", Map.of("version", v, "grund", "ERFUELLT", "bemerkung", "Mietschulden geregelt"))
                .erwarte(200).version();
        assertThat(v).isEqualTo(11);

        long ende = v;
        Antwort erfuellt = mueller.warteAuf(pfad, a -> a.version() == ende);
        JsonNode ansicht = erfuellt.json();
        assertThat(ansicht.path("status").asText()).isEqualTo("BEENDET");
        assertThat(ansicht.path("beendigungsgrund").asText()).isEqualTo("ERFUELLT");
        assertThat(ansicht.path("beendetAm").asText()).isEqualTo(HEUTE.toString());
        assertThat(ansicht.path("geltendeFassung").path("fassung").asInt()).isEqualTo(2);
        assertThat(ansicht.path("geltendeFassung").path("anlass").asText()).isEqualTo("Ergebnis der Überprüfung");
        assertThat(ansicht.path("geltendeFassung").path("unterschriftFallmanager").path("unterzeichnetVon").asText()).isEqualTo("sgl.schmidt");
        assertThat(ansicht.path("fassungen").findValuesAsText("status")).containsExactly("ABGELOEST", "AUSSER_KRAFT");
        assertThat(ansicht.path("ziele").get(0).path("status").asText()).isEqualTo("ERREICHT");
        assertThat(ansicht.path("massnahmen").get(0).path("status").asText()).isEqualTo("BEGONNEN");
        assertThat(ansicht.path("massnahmen").get(1).path("status").asText()).isEqualTo("GEPLANT");
        assertThat(ansicht.path("ueberpruefungen").get(0).path("erfasstVon").asText()).isEqualTo("fm.mueller");

        // Fassung 1 is retrievable exactly as it was right after both had signed it.
        assertThat(mueller.get(pfad + "?version=1").erwarte(200).json()).isEqualTo(fassungEinsBeiUnterschrift.json());

        Antwort vergleich = mueller.get(pfad + "/vergleich?von=1&bis=2").erwarte(200);
        JsonNode unterschiede = vergleich.json();
        assertThat(unterschiede.path("ziele").path("geaendert")).isEmpty();
        assertThat(unterschiede.path("massnahmen").path("hinzugefuegt").findValuesAsText("art")).containsExactly("BESCHAEFTIGUNGSMASSNAHME");
        assertThat(unterschiede.path("massnahmen").path("entfernt").findValuesAsText("art")).containsExactly("SPRACHKURS");
        assertThat(unterschiede.path("pflichten").path("hinzugefuegt").findValuesAsText("beschreibung"))
                .containsExactly("Kontoauszüge monatlich vorlegen");
        assertThat(unterschiede.path("ueberpruefungstermin").path("vorher").asText()).isEqualTo(HEUTE.plusMonths(3).toString());
        assertThat(unterschiede.path("ueberpruefungstermin").path("nachher").asText()).isEqualTo(HEUTE.plusMonths(4).toString());

        Antwort zumFall = mueller.get("/api/faelle/" + fallId + "/hilfevereinbarungen").erwarte(200);
        assertThat(zumFall.json().findValuesAsText("hilfevereinbarungId")).containsExactly(id);
    }

    @Test
    void einEntwurfWirdGeaendertUndVerliertDabeiDieSchonGegebeneUnterschrift() {
        String fallId = fallEroeffnen(mueller, "Krause", "Innenstadt");
        String id = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        String pfad = "/api/hilfevereinbarungen/" + id;
        mueller.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(200);

        Map<String, Object> geaendert = new HashMap<>(entwurf(fallId));
        geaendert.remove("fallId");
        geaendert.put("version", 1);
        geaendert.put("ueberpruefungstermin", HEUTE.plusMonths(2).toString());
        long v = mueller.post(pfad + "/entwurf", geaendert).erwarte(200).version();

        Antwort entwurf = mueller.warteAuf(pfad, a -> a.version() == v);
        assertThat(entwurf.feld("status")).isEqualTo("ENTWURF");
        assertThat(entwurf.json().path("entwurf").path("inhalt").path("ueberpruefungstermin").asText()).isEqualTo(HEUTE.plusMonths(2).toString());
        assertThat(entwurf.json().path("entwurf").has("unterschriftPerson")).isFalse();
        assertThat(entwurf.json().path("geltendeFassung").isMissingNode()).isTrue();
    }

    @Test
    void pflichtverletzungUndWiderrufDerEinwilligung() {
        String fallId = fallEroeffnen(mueller, "Nowak", "Innenstadt");
        String id = inKraftSetzen(mueller, fallId);
        String pfad = "/api/hilfevereinbarungen/" + id;
        String pflichtId = mueller.warteAuf(pfad, a -> a.version() == 3)
                .json().path("geltendeFassung").path("inhalt").path("pflichten").get(0).path("pflichtId").asText();

        long v = mueller.post(pfad + "/pflichtverletzung", Map.of("version", 3, "pflichtId", pflichtId,
                "sachverhalt", "Termin bei der Schuldnerberatung versäumt", "stellungnahme", "Das Kind war krank.")).erwarte(200).version();
        long nachVerletzung = v;
        Antwort verletzt = mueller.warteAuf(pfad, a -> a.version() == nachVerletzung);
        assertThat(verletzt.feld("status")).as("keine Sanktion: die Vereinbarung gilt weiter").isEqualTo("IN_KRAFT");
        assertThat(verletzt.json().path("pflichtverletzungen").get(0).path("stellungnahme").asText()).isEqualTo("Das Kind war krank.");

        v = mueller.post(pfad + "/einwilligungswiderruf", Map.of("version", v, "erklaerung", "Ich möchte das nicht mehr.")).erwarte(200).version();
        long widerrufen = v;
        Antwort beendet = mueller.warteAuf(pfad, a -> a.version() == widerrufen);
        assertThat(beendet.feld("status")).isEqualTo("BEENDET");
        assertThat(beendet.feld("beendigungsgrund")).isEqualTo("EINWILLIGUNG_WIDERRUFEN");
        assertThat(beendet.feld("einwilligungWiderrufenAm")).isEqualTo(HEUTE.toString());

        Antwort danach = mueller.post(pfad + "/ueberpruefung", Map.of("version", v, "ergebnis", "x",
                "naechsterTermin", HEUTE.plusMonths(1).toString())).erwarte(422);
        assertThat(danach.feld("code")).isEqualTo("HILFEVEREINBARUNG_BEENDET");
        assertThat(danach.feld("detail")).isEqualTo("Die Hilfevereinbarung ist beendet (Einwilligung widerrufen); es kann nichts mehr eingetragen werden.");
    }

    @Test
    void nurFallmanagerUndSachgebietsleitungDerDienststelleSchreibenRechtspruefungLiestRevisionSiehtNichts() {
        String fallId = fallEroeffnen(mueller, "Lange", "Innenstadt");
        Api yilmaz = als("fm.yilmaz");
        Antwort fremd = yilmaz.post("/api/hilfevereinbarungen", entwurf(fallId)).erwarte(403);
        assertThat(fremd.feld("code")).isEqualTo("KEIN_SCHREIBZUGRIFF");

        String id = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        String pfad = "/api/hilfevereinbarungen/" + id;
        mueller.warteAuf(pfad, a -> a.status() == 200);
        // The Fall's own view decides who may list its agreements: wait until it shows the Fall.
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

        assertThat(yilmaz.get(pfad).erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(yilmaz.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(403).feld("detail"))
                .isEqualTo("Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.");
        assertThat(yilmaz.get("/api/faelle/" + fallId + "/hilfevereinbarungen").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");

        Api weber = als("rp.weber");
        assertThat(weber.get(pfad).erwarte(200).feld("hilfevereinbarungId")).isEqualTo(id);
        assertThat(weber.get(pfad + "?version=1").erwarte(200).json().path("fassung").asInt()).isEqualTo(1);
        assertThat(weber.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(403).feld("detail"))
                .isEqualTo("In Ihrer Rolle Rechtsprüfung können Sie Hilfevereinbarungen nicht ändern.");

        Antwort revision = als("rev.koch").get(pfad).erwarte(403);
        assertThat(revision.feld("code")).isEqualTo("KEINE_PERSONENDATEN");
        assertThat(revision.text()).doesNotContain("Mietschulden");
        als("rev.koch").get("/api/faelle/" + fallId + "/hilfevereinbarungen").erwarte(403);

        als("sgl.schmidt").post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(200);
    }

    @Test
    void fehlerhafteEingabenWerdenMit400UndDemOrtDesFeldesAbgelehnt() {
        String fallId = fallEroeffnen(mueller, "Fischer", "Innenstadt");
        Map<String, Object> ohnePartnername = new HashMap<>(entwurf(fallId));
        ohnePartnername.put("massnahmen", List.of(Map.of("art", "WOHNEN", "verantwortlich", "PERSON", "geplanterBeginn", HEUTE.toString()),
                Map.of("art", "SUCHTBERATUNG", "verantwortlich", "PARTNER", "geplanterBeginn", HEUTE.toString())));
        Antwort partner = mueller.post("/api/hilfevereinbarungen", ohnePartnername).erwarte(400);
        assertThat(partner.feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        assertThat(partner.feld("detail")).isEqualTo("Ist ein Partner für die Maßnahme „Suchtberatung“ verantwortlich, ist sein Name anzugeben.");
        assertThat(partner.json().path("fehler").get(0).path("feld").asText()).isEqualTo("massnahmen[1].partnerBezeichnung");

        Map<String, Object> falscheArt = new HashMap<>(entwurf(fallId));
        falscheArt.put("massnahmen", List.of(Map.of("art", "YOGA", "verantwortlich", "PERSON", "geplanterBeginn", HEUTE.toString())));
        assertThat(mueller.post("/api/hilfevereinbarungen", falscheArt).erwarte(400).feld("detail")).contains("YOGA").contains("SPRACHKURS");

        Map<String, Object> ohneFall = new HashMap<>(entwurf(fallId));
        ohneFall.remove("fallId");
        assertThat(mueller.post("/api/hilfevereinbarungen", ohneFall).erwarte(400).json().path("fehler").get(0).path("feld").asText())
                .isEqualTo("fallId");

        String id = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        Antwort ohneVersion = mueller.post("/api/hilfevereinbarungen/" + id + "/unterschrift", Map.of("unterzeichner", "PERSON")).erwarte(400);
        assertThat(ohneVersion.json().path("fehler").get(0).path("feld").asText()).isEqualTo("version");

        assertThat(mueller.get("/api/hilfevereinbarungen/" + id + "/vergleich?von=1").erwarte(400).json().path("fehler").get(0)
                .path("feld").asText()).isEqualTo("bis");
    }

    @Test
    void verletzteRegelnSind422UnbekanntesIst404UndEineVeralteteVersion409() {
        String fallId = fallEroeffnen(mueller, "Weber", "Innenstadt");
        Map<String, Object> leer = new HashMap<>(entwurf(fallId));
        leer.put("ziele", List.of());
        String id = mueller.post("/api/hilfevereinbarungen", leer).erwarte(201).feld("hilfevereinbarungId");
        String pfad = "/api/hilfevereinbarungen/" + id;

        Antwort ohneZiel = mueller.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(422);
        assertThat(ohneZiel.feld("code")).isEqualTo("ZIEL_UND_MASSNAHME_FEHLEN");
        assertThat(ohneZiel.feld("title")).isEqualTo("Fachliche Regel verletzt");

        Map<String, Object> zuSpaet = new HashMap<>(entwurf(fallId));
        zuSpaet.put("ueberpruefungstermin", HEUTE.plusMonths(7).toString());
        Antwort termin = mueller.post("/api/hilfevereinbarungen", zuSpaet).erwarte(422);
        assertThat(termin.feld("code")).isEqualTo("UEBERPRUEFUNGSTERMIN_ZU_SPAET");
        assertThat(termin.feld("detail")).startsWith("Die nächste Überprüfung darf höchstens 6 Monate in der Zukunft liegen");

        String unbekannt = "/api/hilfevereinbarungen/00000000-0000-0000-0000-000000000000";
        assertThat(mueller.get(unbekannt).erwarte(404).feld("code")).isEqualTo("HILFEVEREINBARUNG_UNBEKANNT");
        assertThat(mueller.post(unbekannt + "/beendigung", Map.of("version", 0, "grund", "ERSETZT")).erwarte(404).feld("code"))
                .isEqualTo("HILFEVEREINBARUNG_UNBEKANNT");
        mueller.warteAuf(pfad, a -> a.status() == 200);
        assertThat(mueller.get(pfad + "?version=2").erwarte(404).feld("detail")).isEqualTo("Diese Hilfevereinbarung hat keine Fassung 2.");
        assertThat(mueller.post("/api/hilfevereinbarungen", entwurf("00000000-0000-0000-0000-000000000000")).erwarte(404).feld("code"))
                .isEqualTo("FALL_UNBEKANNT");

        mueller.post(pfad + "/beendigung", Map.of("version", 0, "grund", "ABGEBROCHEN", "bemerkung", "Person lehnt ab")).erwarte(200);
        Antwort veraltet = als("sgl.schmidt").post(pfad + "/beendigung", Map.of("version", 0, "grund", "ERSETZT")).erwarte(409);
        assertThat(veraltet.feld("code")).isEqualTo("VERSION_VERALTET");
        assertThat(veraltet.feld("detail"))
                .isEqualTo("Die Hilfevereinbarung wurde inzwischen von fm.mueller geändert – bitte neu laden und die Eingabe prüfen.");
    }
}
