package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Fassung in force was missed, as established on {@code datum}, for the reasons
 * given.
 */
public record ZielVerfehlt(@DatenSubjekt UUID hilfevereinbarungId, UUID zielId, LocalDate datum, @Personenbezogen String begruendung) implements HilfevereinbarungEreignis {
}
