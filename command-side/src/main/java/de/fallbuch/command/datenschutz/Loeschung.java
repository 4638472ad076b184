package de.fallbuch.command.datenschutz;

import de.fallbuch.kernel.common.UngueltigeAngabe;

/** Shared checks of the Datenschutz acts. */
public final class Loeschung {

    private Loeschung() {
    }

    /** A required one-line reason or legal basis, stripped. */
    public static String grund(String text, String feld, String fehlt) {
        if (text == null || text.isBlank()) {
            throw new UngueltigeAngabe(feld, fehlt);
        }
        String grund = text.strip();
        if (grund.length() > 2_000) {
            throw new UngueltigeAngabe(feld, "Der Text ist zu lang (höchstens 2.000 Zeichen).");
        }
        return grund;
    }
}
