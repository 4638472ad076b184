package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.util.UUID;

/**
 * Something the person undertakes to do. A breach is recorded against it by its id. Part of stored
 * events: the constructor accepts any value, new input is checked by {@link #geprueft(String)}.
 */
public record Pflicht(UUID pflichtId, @Personenbezogen String beschreibung) {

    /** The duty as it may enter a new event; {@code praefix} names it in the fields of a refusal. */
    public Pflicht geprueft(String praefix) {
        if (pflichtId == null) {
            throw new UngueltigeAngabe(praefix + "pflichtId", "Die Kennung der Pflicht fehlt.");
        }
        return new Pflicht(pflichtId,
                pflichttext(beschreibung, Textart.EINTRAG, praefix + "beschreibung", "Die Beschreibung der Pflicht fehlt."));
    }
}
