package de.fallbuch.app;

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
}
