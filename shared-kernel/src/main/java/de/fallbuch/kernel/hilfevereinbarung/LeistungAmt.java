package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.util.UUID;

/**
 * Something the office undertakes to provide (a service, a payment, a referral). Part of stored
 * events: the constructor accepts any value, new input is checked by {@link #geprueft(String)}.
 */
public record LeistungAmt(UUID leistungId, @Personenbezogen String beschreibung) {

    /** The service as it may enter a new event; {@code praefix} names it in the fields of a refusal. */
    public LeistungAmt geprueft(String praefix) {
        if (leistungId == null) {
            throw new UngueltigeAngabe(praefix + "leistungId", "Die Kennung der Leistung fehlt.");
        }
        return new LeistungAmt(leistungId,
                pflichttext(beschreibung, Textart.EINTRAG, praefix + "beschreibung", "Die Beschreibung der Leistung des Amts fehlt."));
    }
}
