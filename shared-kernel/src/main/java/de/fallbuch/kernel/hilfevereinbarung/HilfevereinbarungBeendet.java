package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreement ended on {@code beendetAm} for the reason given. A draft still under negotiation
 * lapses with it.
 */
public record HilfevereinbarungBeendet(UUID hilfevereinbarungId, Beendigungsgrund grund, String bemerkung, LocalDate beendetAm) implements HilfevereinbarungEreignis {
}
