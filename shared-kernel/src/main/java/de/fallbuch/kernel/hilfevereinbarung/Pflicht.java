package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.util.UUID;

/** Something the person undertakes to do. A breach is recorded against it by its id. */
public record Pflicht(UUID pflichtId, @Personenbezogen String beschreibung) {

    public Pflicht {
        if (pflichtId == null) {
            throw new UngueltigeAngabe("pflichtId", "Die Kennung der Pflicht fehlt.");
        }
        beschreibung = pflichttext(beschreibung, "beschreibung", "Die Beschreibung der Pflicht fehlt.");
    }
}
