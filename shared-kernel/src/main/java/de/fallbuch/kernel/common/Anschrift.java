package de.fallbuch.kernel.common;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

/** A postal address in Germany. */
public record Anschrift(String strasse, String plz, String ort) {

    public Anschrift {
        strasse = pflichttext(strasse, "anschrift.strasse", "Die Straße der Anschrift fehlt.");
        plz = pflichttext(plz, "anschrift.plz", "Die Postleitzahl der Anschrift fehlt.");
        ort = pflichttext(ort, "anschrift.ort", "Der Ort der Anschrift fehlt.");
        if (!plz.matches("\\d{5}")) {
            throw new UngueltigeAngabe("anschrift.plz", "Eine Postleitzahl hat fünf Ziffern.");
        }
    }
}
