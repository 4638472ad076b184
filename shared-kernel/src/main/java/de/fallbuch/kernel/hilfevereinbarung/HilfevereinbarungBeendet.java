package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreement ended on {@code beendetAm} for the reason given. A draft still under negotiation
 * lapses with it.
 */
public record HilfevereinbarungBeendet(@DatenSubjekt UUID hilfevereinbarungId, Beendigungsgrund grund, @Personenbezogen String bemerkung, LocalDate beendetAm) implements HilfevereinbarungEreignis {
}
