package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.util.UUID;

/** Something the office undertakes to provide (a service, a payment, a referral). */
public record LeistungAmt(UUID leistungId, @Personenbezogen String beschreibung) {

    public LeistungAmt {
        if (leistungId == null) {
            throw new UngueltigeAngabe("leistungId", "Die Kennung der Leistung fehlt.");
        }
        beschreibung = pflichttext(beschreibung, "beschreibung", "Die Beschreibung der Leistung des Amts fehlt.");
    }
}
