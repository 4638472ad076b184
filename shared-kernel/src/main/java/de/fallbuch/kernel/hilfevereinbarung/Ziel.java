package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Hilfevereinbarung with the date by which it should be reached. The id stays the
 * same across Fassungen, so a Fortschreibung can change a goal and the comparison shows it as changed.
 */
public record Ziel(UUID zielId, @Personenbezogen String beschreibung, LocalDate zieldatum) {

    public Ziel {
        if (zielId == null) {
            throw new UngueltigeAngabe("zielId", "Die Kennung des Ziels fehlt.");
        }
        beschreibung = pflichttext(beschreibung, "beschreibung", "Die Beschreibung des Ziels fehlt.");
        if (zieldatum == null) {
            throw new UngueltigeAngabe("zieldatum", "Das Zieldatum des Ziels „" + beschreibung + "“ fehlt.");
        }
    }
}
