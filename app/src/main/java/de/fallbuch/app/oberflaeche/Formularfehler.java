package de.fallbuch.app.oberflaeche;

import java.util.Map;

/**
 * Why a form was refused, carried to the page shown next (flash attribute {@code formularfehler}):
 * which form, the message for the whole form, messages per field, whether the page was stale, and
 * what the user had typed, so nothing has to be typed twice.
 */
public record Formularfehler(String formular, String meldung, Map<String, String> feldfehler, boolean konflikt,
        Map<String, String> eingaben) {

    public Formularfehler {
        feldfehler = Map.copyOf(feldfehler);
        eingaben = Map.copyOf(eingaben);
    }

    public boolean betrifft(String name) {
        return formular.equals(name);
    }

    public String fehler(String feld) {
        return feldfehler.get(feld);
    }

    public String eingabe(String feld) {
        return eingaben.getOrDefault(feld, "");
    }
}
