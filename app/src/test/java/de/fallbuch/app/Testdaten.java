package de.fallbuch.app;

import java.time.LocalDate;
import java.util.Map;

/** Request bodies the integration tests use again and again. */
public final class Testdaten {

    private Testdaten() {
    }

    public static Map<String, Object> neuerFall(String nachname, String dienststelle) {
        return Map.of(
                "person", Map.of("vorname", "Anna", "nachname", nachname, "geburtsdatum", "1980-05-01",
                        "anschrift", Map.of("strasse", "Ludgeristraße 1", "plz", "48143", "ort", "Münster")),
                "dienststelle", dienststelle,
                "anliegen", "Mietschulden, Strom gesperrt");
    }

    /** Opens a Fall as the given Fallmanager and returns its id. */
    public static String fallEroeffnen(Api fallmanager, String nachname, String dienststelle) {
        return fallmanager.post("/api/faelle", neuerFall(nachname, dienststelle)).erwarte(201).feld("fallId");
    }

    public static Map<String, Object> neuerAntrag(String fallId, String leistungsart, LocalDate eingangsdatum) {
        return Map.of("fallId", fallId, "leistungsart", leistungsart, "eingangsdatum", eingangsdatum.toString(), "kanal", "SCHRIFTLICH");
    }

    /** Registers an Antrag for Hilfe zum Lebensunterhalt received today and returns its id. */
    public static String antragStellen(Api fallmanager, String fallId, LocalDate heute) {
        return fallmanager.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", heute)).erwarte(201).feld("antragId");
    }
}
