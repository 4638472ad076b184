package de.fallbuch.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for Hilfevereinbarungen, relative to today so the review date rules hold. */
public final class HilfevereinbarungTestdaten {

    public static final LocalDate HEUTE = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private HilfevereinbarungTestdaten() {
    }

    /** A complete draft: one goal, a debt counselling by a partner and a language course, a duty (as plain text) and a service. */
    public static Map<String, Object> entwurf(String fallId) {
        Map<String, Object> entwurf = new HashMap<>();
        entwurf.put("fallId", fallId);
        entwurf.put("ziele", List.of(Map.of("beschreibung", "Mietschulden sind geregelt", "zieldatum", HEUTE.plusMonths(4).toString())));
        entwurf.put("massnahmen", List.of(
                Map.of("art", "SCHULDNERBERATUNG", "beschreibung", "Termine bei der Caritas", "verantwortlich", "PARTNER",
                        "partnerBezeichnung", "Caritas Schuldnerberatung", "geplanterBeginn", HEUTE.plusDays(7).toString()),
                Map.of("art", "SPRACHKURS", "verantwortlich", "PERSON", "geplanterBeginn", HEUTE.toString(),
                        "geplantesEnde", HEUTE.plusMonths(6).toString())));
        entwurf.put("pflichten", List.of("Termine der Schuldnerberatung wahrnehmen"));
        entwurf.put("leistungenAmt", List.of(Map.of("beschreibung", "Übernahme der Fahrtkosten")));
        entwurf.put("ueberpruefungstermin", HEUTE.plusMonths(3).toString());
        return entwurf;
    }

    /** Drafts an agreement for the Fall and returns the answer (id, version 0, content with ids). */
    public static Api.Antwort entwerfen(Api fallmanager, String fallId) {
        return fallmanager.post("/api/hilfevereinbarungen", entwurf(fallId)).erwarte(201);
    }

    /** Drafts an agreement and has both sides sign it today; returns its id (version 3). */
    public static String inKraftSetzen(Api fallmanager, String fallId) {
        String id = entwerfen(fallmanager, fallId).feld("hilfevereinbarungId");
        fallmanager.post("/api/hilfevereinbarungen/" + id + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(200);
        fallmanager.post("/api/hilfevereinbarungen/" + id + "/unterschrift", Map.of("version", 1, "unterzeichner", "FALLMANAGER")).erwarte(200);
        return id;
    }
}
