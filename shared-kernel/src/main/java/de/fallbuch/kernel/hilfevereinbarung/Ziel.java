package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Hilfevereinbarung with the date by which it should be reached. The id stays the
 * same across Fassungen, so a Fortschreibung can change a goal and the comparison shows it as changed.
 * Part of stored events: the constructor accepts any value, new input is checked by
 * {@link #geprueft(String)} (see {@link Vereinbarungsinhalt}).
 */
public record Ziel(UUID zielId, @Personenbezogen String beschreibung, LocalDate zieldatum) {

    /** The goal as it may enter a new event; {@code praefix} names it in the fields of a refusal, e.g. {@code ziele[0].}. */
    public Ziel geprueft(String praefix) {
        if (zielId == null) {
            throw new UngueltigeAngabe(praefix + "zielId", "Die Kennung des Ziels fehlt.");
        }
        String text = pflichttext(beschreibung, Textart.EINTRAG, praefix + "beschreibung", "Die Beschreibung des Ziels fehlt.");
        if (zieldatum == null) {
            throw new UngueltigeAngabe(praefix + "zieldatum", "Das Zieldatum des Ziels „" + text + "“ fehlt.");
        }
        return new Ziel(zielId, text, geschaeftsdatum(zieldatum, praefix + "zieldatum"));
    }
}
