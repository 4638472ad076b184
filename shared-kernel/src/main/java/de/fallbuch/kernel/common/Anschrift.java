package de.fallbuch.kernel.common;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Grenzen.Textart;

/**
 * A postal address in Germany. Part of stored events: the constructor accepts any value, new input
 * is checked by {@link #geprueft()} (see {@link Person}).
 */
public record Anschrift(String strasse, String plz, String ort) {

    /** The address as it may enter a new event: every part present and within {@link Textart#ANSCHRIFTTEIL}, five digits of postcode. */
    public Anschrift geprueft() {
        Anschrift geprueft = new Anschrift(
                pflichttext(strasse, Textart.ANSCHRIFTTEIL, "anschrift.strasse", "Die Straße der Anschrift fehlt."),
                pflichttext(plz, Textart.ANSCHRIFTTEIL, "anschrift.plz", "Die Postleitzahl der Anschrift fehlt."),
                pflichttext(ort, Textart.ANSCHRIFTTEIL, "anschrift.ort", "Der Ort der Anschrift fehlt."));
        if (!geprueft.plz().matches("[0-9]{5}")) {
            throw new UngueltigeAngabe("anschrift.plz", "Eine Postleitzahl hat fünf Ziffern.");
        }
        return geprueft;
    }
}
