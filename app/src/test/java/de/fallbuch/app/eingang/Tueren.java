package de.fallbuch.app.eingang;

import static de.fallbuch.kernel.common.Grenzen.Textart.ANSCHRIFTTEIL;
import static de.fallbuch.kernel.common.Grenzen.Textart.EINTRAG;
import static de.fallbuch.kernel.common.Grenzen.Textart.FREITEXT;
import static de.fallbuch.kernel.common.Grenzen.Textart.KURZTEXT;
import static de.fallbuch.kernel.common.Grenzen.Textart.NAME;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.eingang.Tuer.Text;
import de.fallbuch.app.eingang.Tuer.Ziel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every command door of the REST API (api.md) with a way to reach the state its act needs. The
 * preparations go through the API themselves, as a caseworker would.
 */
final class Tueren {

    private final Api mueller;
    private final Api schmidt;
    private final LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));

    Tueren(Api mueller, Api schmidt) {
        this.mueller = mueller;
        this.schmidt = schmidt;
    }

    // --- preparations ---------------------------------------------------------------------------

    private Ziel offenerFall() {
        Antwort a = mueller.post("/api/faelle", neuerFall()).erwarte(201);
        return new Ziel(a.feld("fallId"), a.version());
    }

    private Ziel beratenerFall() {
        Ziel fall = offenerFall();
        long v = mueller.post("/api/faelle/" + fall.aggregatId() + "/erstberatung", Map.of("version", fall.version(),
                "anliegen", "Mietschulden", "ersteSchritte", "Kontakt zum Vermieter")).erwarte(200).version();
        return fall.mitVersion(v);
    }

    private Ziel fallMitWiedervorlage() {
        Ziel fall = offenerFall();
        Antwort a = mueller.post("/api/faelle/" + fall.aggregatId() + "/wiedervorlagen", Map.of("version", fall.version(),
                "faelligAm", heute.plusDays(7).toString(), "anlass", "Unterlagen prüfen")).erwarte(201);
        return new Ziel(fall.aggregatId(), a.version(), Map.of("wiedervorlageId", a.feld("wiedervorlageId")));
    }

    private Ziel abgeschlossenerFall() {
        Ziel fall = offenerFall();
        long v = mueller.post("/api/faelle/" + fall.aggregatId() + "/abschluss", Map.of("version", fall.version(),
                "grund", "UMZUG")).erwarte(200).version();
        return fall.mitVersion(v);
    }

    private Ziel gesperrterFall() {
        Ziel fall = offenerFall();
        long v = schmidt.post("/api/faelle/" + fall.aggregatId() + "/sperre", Map.of("grund", "Klage anhängig")).erwarte(200).version();
        return fall.mitVersion(v);
    }

    private Ziel gestellterAntrag() {
        Ziel fall = offenerFall();
        Antwort a = mueller.post("/api/antraege", Map.of("fallId", fall.aggregatId(), "leistungsart", "HILFE_ZUM_LEBENSUNTERHALT",
                "eingangsdatum", heute.toString(), "kanal", "SCHRIFTLICH")).erwarte(201);
        return new Ziel(a.feld("antragId"), a.version(), Map.of("fallId", fall.aggregatId()));
    }

    private Ziel antragNach(Ziel antrag, String akt, Map<String, Object> koerper) {
        Map<String, Object> mitVersion = new LinkedHashMap<>(koerper);
        mitVersion.put("version", antrag.version());
        Antwort a = mueller.post("/api/antraege/" + antrag.aggregatId() + akt, mitVersion);
        if (a.status() >= 300) {
            throw new IllegalStateException("Vorbereitung " + akt + " scheiterte: " + a.text());
        }
        return antrag.mitVersion(a.version());
    }

    private Ziel antragMitAnforderung() {
        return antragNach(gestellterAntrag(), "/unterlagen-anforderung", Map.of("unterlagen", List.of("Kontoauszüge"),
                "frist", heute.plusDays(14).toString()));
    }

    private Ziel bewilligterAntrag(long betragCent) {
        return antragNach(gestellterAntrag(), "/bewilligung", Map.of("betragMonatlichCent", betragCent,
                "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Regelbedarf"));
    }

    private Ziel abgelehnterAntragMitBescheid() {
        Ziel abgelehnt = antragNach(gestellterAntrag(), "/ablehnung", Map.of("rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag"));
        return antragNach(abgelehnt, "/bescheid", Map.of("aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true));
    }

    private Ziel antragMitWiderspruch() {
        return antragNach(abgelehnterAntragMitBescheid(), "/widerspruch", Map.of("begruendung", "Das Auto ist geschont"));
    }

    private Ziel antragMitAnhoerung() {
        return antragNach(bewilligterAntrag(56_300), "/anhoerung", Map.of("anlass", "Erwerbseinkommen",
                "frist", heute.plusDays(14).toString()));
    }

    private Ziel antragMitStellungnahme() {
        return antragNach(antragMitAnhoerung(), "/anhoerung/stellungnahme", Map.of("stellungnahme", "Die Stelle beginnt später."));
    }

    private Ziel entwurf() {
        Ziel fall = offenerFall();
        @SuppressWarnings("unchecked")
        Map<String, Object> entwurf = (Map<String, Object>) Tuer.mitBeispielen(inhalt());
        entwurf.put("fallId", fall.aggregatId());
        Antwort a = mueller.post("/api/hilfevereinbarungen", entwurf).erwarte(201);
        var inhalt = a.json().path("inhalt");
        return new Ziel(a.feld("hilfevereinbarungId"), a.version(), Map.of(
                "fallId", fall.aggregatId(),
                "zielId", inhalt.path("ziele").path(0).path("zielId").asText(),
                "massnahmeId", inhalt.path("massnahmen").path(0).path("massnahmeId").asText(),
                "pflichtId", inhalt.path("pflichten").path(0).path("pflichtId").asText()));
    }

    private Ziel vereinbarungInKraft() {
        Ziel hv = entwurf();
        String pfad = "/api/hilfevereinbarungen/" + hv.aggregatId() + "/unterschrift";
        long v = mueller.post(pfad, Map.of("version", hv.version(), "unterzeichner", "PERSON")).erwarte(200).version();
        v = mueller.post(pfad, Map.of("version", v, "unterzeichner", "FALLMANAGER")).erwarte(200).version();
        return hv.mitVersion(v);
    }

    private Ziel vereinbarungMitBegonnenerMassnahme() {
        Ziel hv = vereinbarungInKraft();
        long v = mueller.post("/api/hilfevereinbarungen/" + hv.aggregatId() + "/massnahmen/" + hv.id("massnahmeId") + "/beginn",
                Map.of("version", hv.version(), "datum", heute.toString())).erwarte(200).version();
        return hv.mitVersion(v);
    }

    // --- bodies -----------------------------------------------------------------------------------

    private Map<String, Object> neuerFall() {
        return Map.of(
                "person", Map.of("vorname", "Anna", "nachname", "Eigenschaft", "geburtsdatum", "1980-05-01",
                        "anschrift", Map.of("strasse", "Ludgeristraße 1", "plz", "48143", "ort", "Münster")),
                "dienststelle", "Innenstadt", "anliegen", "Mietschulden");
    }

    private Map<String, Object> inhalt() {
        return Map.of(
                "ziele", List.of(Map.of("beschreibung", new Text(EINTRAG, "Mietschulden sind geregelt"),
                        "zieldatum", heute.plusMonths(4).toString())),
                "massnahmen", List.of(Map.of("art", "SCHULDNERBERATUNG", "beschreibung", new Text(EINTRAG, "Termine bei der Caritas"),
                        "verantwortlich", "PARTNER", "partnerBezeichnung", new Text(KURZTEXT, "Caritas"),
                        "geplanterBeginn", heute.plusDays(7).toString(), "geplantesEnde", heute.plusMonths(3).toString())),
                "pflichten", List.of(Map.of("beschreibung", new Text(EINTRAG, "Termine wahrnehmen"))),
                "leistungenAmt", List.of(Map.of("beschreibung", new Text(EINTRAG, "Fahrtkosten"))),
                "ueberpruefungstermin", heute.plusMonths(3).toString());
    }

    private static Map<String, Object> mitVersion(Ziel z, Object... paare) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("version", z.version());
        for (int i = 0; i < paare.length; i += 2) {
            k.put((String) paare[i], paare[i + 1]);
        }
        return k;
    }

    private static String fall(Ziel z, String akt) {
        return "/api/faelle/" + z.aggregatId() + akt;
    }

    private static String antrag(Ziel z, String akt) {
        return "/api/antraege/" + z.aggregatId() + akt;
    }

    private static String hv(Ziel z, String akt) {
        return "/api/hilfevereinbarungen/" + z.aggregatId() + akt;
    }

    private Map<String, Object> bewilligung(Ziel z) {
        return mitVersion(z, "betragMonatlichCent", 56_300, "rechtsgrundlage", new Text(KURZTEXT, "§ 27a SGB XII"),
                "begruendung", new Text(FREITEXT, "Regelbedarf und Unterkunft"));
    }

    private Map<String, Object> entscheidung(Ziel z) {
        return mitVersion(z, "rechtsgrundlage", new Text(KURZTEXT, "§ 19 Abs. 1 SGB XII"),
                "begruendung", new Text(FREITEXT, "Vermögen über dem Schonbetrag"));
    }

    // --- the doors --------------------------------------------------------------------------------

    Tuer fallEroeffnen() {
        return new Tuer("POST /api/faelle", "fm.mueller", () -> new Ziel("", 0), z -> "/api/faelle", z -> Map.of(
                "person", Map.of("vorname", new Text(NAME, "Anna"), "nachname", new Text(NAME, "Schneider"),
                        "geburtsdatum", "1980-05-01",
                        "anschrift", Map.of("strasse", new Text(ANSCHRIFTTEIL, "Ludgeristraße 1"), "plz", "48143",
                                "ort", new Text(ANSCHRIFTTEIL, "Münster"))),
                "dienststelle", "Innenstadt", "anliegen", new Text(FREITEXT, "Mietschulden")), false, true);
    }

    Tuer erstberatung() {
        return new Tuer("erstberatung", "fm.mueller", this::offenerFall, z -> fall(z, "/erstberatung"),
                z -> mitVersion(z, "anliegen", new Text(FREITEXT, "Mietschulden"), "ersteSchritte", new Text(FREITEXT, "Vermieter anrufen")),
                true, true);
    }

    Tuer beratung() {
        return new Tuer("beratungen", "fm.mueller", this::beratenerFall, z -> fall(z, "/beratungen"),
                z -> mitVersion(z, "datum", heute.toString(), "thema", new Text(KURZTEXT, "Wohnung"), "inhalt", new Text(FREITEXT, "Gespräch")),
                false, true);
    }

    Tuer einzelfallanalyse() {
        return new Tuer("einzelfallanalyse", "fm.mueller", this::beratenerFall, z -> fall(z, "/einzelfallanalyse"),
                z -> mitVersion(z, "datum", heute.toString(), "hemmnisse", List.of("SCHULDEN", "WOHNEN"),
                        "ressourcen", new Text(FREITEXT, "Motiviert"), "erwerbsfaehigkeit", "ERWERBSFAEHIG",
                        "einschaetzung", new Text(FREITEXT, "Gute Aussichten")),
                false, true);
    }

    Tuer vermittlung() {
        return new Tuer("vermittlungen", "fm.mueller", this::offenerFall, z -> fall(z, "/vermittlungen"),
                z -> mitVersion(z, "partner", "SONSTIGER_PARTNER", "partnerBezeichnung", new Text(KURZTEXT, "Tafel"),
                        "anlass", new Text(KURZTEXT, "Lebensmittel"), "einwilligungErteilt", true, "einwilligungAm", heute.toString()),
                false, true);
    }

    Tuer wiedervorlage() {
        return new Tuer("wiedervorlagen", "fm.mueller", this::offenerFall, z -> fall(z, "/wiedervorlagen"),
                z -> mitVersion(z, "faelligAm", heute.plusDays(10).toString(), "anlass", new Text(KURZTEXT, "Nachfragen")),
                false, true);
    }

    Tuer wiedervorlageErledigen() {
        return new Tuer("wiedervorlagen/erledigung", "fm.mueller", this::fallMitWiedervorlage,
                z -> fall(z, "/wiedervorlagen/" + z.id("wiedervorlageId") + "/erledigung"),
                z -> mitVersion(z, "vermerk", new Text(FREITEXT, "Erledigt")), true, true);
    }

    Tuer fallmanagerWechseln() {
        // Innenstadt has one Fallmanager only, so a valid reassignment cannot be prepared; hostile bodies still must not harm.
        return new Tuer("fallmanager", "sgl.schmidt", this::offenerFall, z -> fall(z, "/fallmanager"),
                z -> mitVersion(z, "neuerFallmanager", new Text(KURZTEXT, "fm.mueller"), "grund", new Text(FREITEXT, "Vertretung")),
                false, false);
    }

    Tuer abschluss() {
        return new Tuer("abschluss", "fm.mueller", this::offenerFall, z -> fall(z, "/abschluss"),
                z -> mitVersion(z, "grund", "ARBEITSAUFNAHME", "bemerkung", new Text(FREITEXT, "Stelle gefunden")), true, true);
    }

    Tuer wiederaufnahme() {
        return new Tuer("wiederaufnahme", "fm.mueller", this::abgeschlossenerFall, z -> fall(z, "/wiederaufnahme"),
                z -> mitVersion(z, "grund", new Text(FREITEXT, "Erneut hilfebedürftig")), true, true);
    }

    Tuer personendaten() {
        // A move (the valid body changes names and address); einmalig, so every accepted try gets a fresh Fall to change.
        return new Tuer("personendaten", "fm.mueller", this::offenerFall, z -> fall(z, "/personendaten"),
                z -> mitVersion(z, "art", "AKTUALISIERUNG", "gueltigAb", heute.toString(),
                        "person", Map.of("vorname", new Text(NAME, "Anne"), "nachname", new Text(NAME, "Eigenschaft-Neu"),
                                "geburtsdatum", "1980-05-01",
                                "anschrift", Map.of("strasse", new Text(ANSCHRIFTTEIL, "Hammer Straße 12"), "plz", "48153",
                                        "ort", new Text(ANSCHRIFTTEIL, "Münster"))),
                        "grund", new Text(FREITEXT, "Umzug mitgeteilt")),
                true, true);
    }

    Tuer antragStellen() {
        return new Tuer("POST /api/antraege", "fm.mueller", this::offenerFall, z -> "/api/antraege",
                z -> Map.of("fallId", z.aggregatId(), "leistungsart", "HILFE_ZUR_PFLEGE", "eingangsdatum", heute.toString(),
                        "kanal", "ELEKTRONISCH", "kenntnisAm", heute.minusDays(3).toString(),
                        "kenntnisQuelle", new Text(KURZTEXT, "Anruf des Pflegedienstes")),
                false, true);
    }

    Tuer unterlagenAnfordern() {
        return new Tuer("unterlagen-anforderung", "fm.mueller", this::gestellterAntrag, z -> antrag(z, "/unterlagen-anforderung"),
                z -> mitVersion(z, "unterlagen", List.of(new Text(EINTRAG, "Kontoauszüge"), new Text(EINTRAG, "Mietvertrag")),
                        "frist", heute.plusDays(14).toString(), "mitRechtsfolgenbelehrung", true),
                true, true);
    }

    Tuer unterlagenEingang() {
        return new Tuer("unterlagen-eingang", "fm.mueller", this::antragMitAnforderung, z -> antrag(z, "/unterlagen-eingang"),
                z -> mitVersion(z, "eingegangenAm", heute.toString(), "bemerkung", new Text(FREITEXT, "vollständig")), true, true);
    }

    Tuer bewilligen() {
        return new Tuer("bewilligung", "fm.mueller", this::gestellterAntrag, z -> antrag(z, "/bewilligung"), this::bewilligung,
                true, true);
    }

    Tuer ablehnen() {
        return new Tuer("ablehnung", "fm.mueller", this::gestellterAntrag, z -> antrag(z, "/ablehnung"), this::entscheidung,
                true, true);
    }

    Tuer versagen() {
        // A Versagung needs a Mitwirkungsfrist that has passed; here only the door's handling of hostile bodies is tried.
        return new Tuer("versagung", "fm.mueller", this::antragMitAnforderung, z -> antrag(z, "/versagung"), this::entscheidung,
                true, false);
    }

    Tuer freigeben() {
        return new Tuer("freigabe", "sgl.schmidt", () -> bewilligterAntrag(180_000), z -> antrag(z, "/freigabe"),
                z -> mitVersion(z, "vermerk", new Text(FREITEXT, "geprüft")), true, true);
    }

    Tuer bescheid() {
        return new Tuer("bescheid", "fm.mueller", () -> bewilligterAntrag(56_300), z -> antrag(z, "/bescheid"),
                z -> mitVersion(z, "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true), true, true);
    }

    Tuer widerspruch() {
        return new Tuer("widerspruch", "fm.mueller", this::abgelehnterAntragMitBescheid, z -> antrag(z, "/widerspruch"),
                z -> mitVersion(z, "eingegangenAm", heute.toString(), "begruendung", new Text(FREITEXT, "Das Auto ist geschont")),
                true, true);
    }

    Tuer abhilfe() {
        return new Tuer("abhilfe", "fm.mueller", this::antragMitWiderspruch, z -> antrag(z, "/abhilfe"), this::bewilligung, true, true);
    }

    Tuer zurueckweisung() {
        return new Tuer("zurueckweisung", "fm.mueller", this::antragMitWiderspruch, z -> antrag(z, "/zurueckweisung"),
                this::entscheidung, true, true);
    }

    Tuer ruecknahme() {
        return new Tuer("ruecknahme", "fm.mueller", this::gestellterAntrag, z -> antrag(z, "/ruecknahme"),
                z -> mitVersion(z, "zurueckgenommenAm", heute.toString(), "erklaerung", new Text(FREITEXT, "Hilfe nicht mehr nötig")),
                true, true);
    }

    Tuer anhoerung() {
        return new Tuer("anhoerung", "fm.mueller", () -> bewilligterAntrag(56_300), z -> antrag(z, "/anhoerung"),
                z -> mitVersion(z, "anlass", new Text(FREITEXT, "Erwerbseinkommen"), "frist", heute.plusDays(14).toString()),
                true, true);
    }

    Tuer stellungnahme() {
        return new Tuer("anhoerung/stellungnahme", "fm.mueller", this::antragMitAnhoerung, z -> antrag(z, "/anhoerung/stellungnahme"),
                z -> mitVersion(z, "eingegangenAm", heute.toString(), "stellungnahme", new Text(FREITEXT, "Die Stelle beginnt später.")),
                true, true);
    }

    Tuer aufhebung() {
        return new Tuer("aufhebung", "fm.mueller", this::antragMitStellungnahme, z -> antrag(z, "/aufhebung"),
                z -> mitVersion(z, "aufgehobenAb", heute.plusMonths(1).toString(), "rechtsgrundlage", new Text(KURZTEXT, "§ 48 SGB X"),
                        "begruendung", new Text(FREITEXT, "Einkommen deckt den Bedarf")),
                true, true);
    }

    Tuer vereinbarungEntwerfen() {
        return new Tuer("POST /api/hilfevereinbarungen", "fm.mueller", this::offenerFall, z -> "/api/hilfevereinbarungen", z -> {
            Map<String, Object> k = new LinkedHashMap<>(inhalt());
            k.put("fallId", z.aggregatId());
            return k;
        }, false, true);
    }

    Tuer entwurfAendern() {
        return new Tuer("entwurf", "fm.mueller", this::entwurf, z -> hv(z, "/entwurf"), z -> {
            Map<String, Object> k = new LinkedHashMap<>(inhalt());
            k.put("version", z.version());
            return k;
        }, false, true);
    }

    Tuer unterschrift() {
        return new Tuer("unterschrift", "fm.mueller", this::entwurf, z -> hv(z, "/unterschrift"),
                z -> mitVersion(z, "unterzeichner", "PERSON"), true, true);
    }

    Tuer fortschreibung() {
        return new Tuer("fortschreibung", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/fortschreibung"), z -> {
            Map<String, Object> k = new LinkedHashMap<>(inhalt());
            k.put("version", z.version());
            k.put("anlass", new Text(KURZTEXT, "Neue Lage"));
            return k;
        }, true, true);
    }

    Tuer massnahmeBeginnen() {
        return new Tuer("massnahmen/beginn", "fm.mueller", this::vereinbarungInKraft,
                z -> hv(z, "/massnahmen/" + z.id("massnahmeId") + "/beginn"), z -> mitVersion(z, "datum", heute.toString()), true, true);
    }

    Tuer massnahmeAbschliessen() {
        return new Tuer("massnahmen/abschluss", "fm.mueller", this::vereinbarungMitBegonnenerMassnahme,
                z -> hv(z, "/massnahmen/" + z.id("massnahmeId") + "/abschluss"), z -> mitVersion(z, "datum", heute.toString()), true, true);
    }

    Tuer massnahmeAbbrechen() {
        return new Tuer("massnahmen/abbruch", "fm.mueller", this::vereinbarungMitBegonnenerMassnahme,
                z -> hv(z, "/massnahmen/" + z.id("massnahmeId") + "/abbruch"),
                z -> mitVersion(z, "datum", heute.toString(), "grund", new Text(FREITEXT, "Krankheit")), true, true);
    }

    Tuer zielErreicht() {
        return new Tuer("ziele/erreicht", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/ziele/" + z.id("zielId") + "/erreicht"),
                z -> mitVersion(z, "datum", heute.toString(), "vermerk", new Text(FREITEXT, "Schulden getilgt")), true, true);
    }

    Tuer zielVerfehlt() {
        return new Tuer("ziele/verfehlt", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/ziele/" + z.id("zielId") + "/verfehlt"),
                z -> mitVersion(z, "datum", heute.toString(), "begruendung", new Text(FREITEXT, "Neue Schulden")), true, true);
    }

    Tuer ueberpruefung() {
        return new Tuer("ueberpruefung", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/ueberpruefung"),
                z -> mitVersion(z, "datum", heute.toString(), "ergebnis", new Text(FREITEXT, "Auf gutem Weg"),
                        "naechsterTermin", heute.plusMonths(2).toString()),
                false, true);
    }

    Tuer pflichtverletzung() {
        return new Tuer("pflichtverletzung", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/pflichtverletzung"),
                z -> mitVersion(z, "pflichtId", z.id("pflichtId"), "datum", heute.toString(),
                        "sachverhalt", new Text(FREITEXT, "Termin versäumt"), "stellungnahme", new Text(FREITEXT, "Krank gewesen"),
                        "stellungnahmeAbgelehnt", false),
                false, true);
    }

    Tuer einwilligungswiderruf() {
        return new Tuer("einwilligungswiderruf", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/einwilligungswiderruf"),
                z -> mitVersion(z, "datum", heute.toString(), "erklaerung", new Text(FREITEXT, "Möchte nicht mehr")), true, true);
    }

    Tuer beendigung() {
        return new Tuer("beendigung", "fm.mueller", this::vereinbarungInKraft, z -> hv(z, "/beendigung"),
                z -> mitVersion(z, "grund", "ERFUELLT", "bemerkung", new Text(FREITEXT, "Alle Ziele erreicht")), true, true);
    }

    Tuer loeschsperre() {
        return new Tuer("sperre", "sgl.schmidt", this::offenerFall, z -> fall(z, "/sperre"),
                z -> new LinkedHashMap<>(Map.of("grund", new Text(FREITEXT, "Klage anhängig"))), true, true);
    }

    Tuer loeschsperreAufheben() {
        return new Tuer("sperre/aufhebung", "sgl.schmidt", this::gesperrterFall, z -> fall(z, "/sperre/aufhebung"),
                z -> new LinkedHashMap<>(Map.of("grund", new Text(FREITEXT, "Verfahren beendet"))), true, true);
    }

    Tuer loeschung() {
        // Erasure needs a Fall whose retention has ended (years after closing); here only hostile bodies are tried.
        return new Tuer("loeschung", "sgl.schmidt", this::abgeschlossenerFall, z -> fall(z, "/loeschung"),
                z -> new LinkedHashMap<>(Map.of("rechtsgrundlage", new Text(KURZTEXT, "§ 84 Abs. 2 SGB X"),
                        "begruendung", new Text(FREITEXT, "Aufbewahrungsfrist abgelaufen"))), true, false);
    }
}
