package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** The Fall was closed on {@code abgeschlossenAm} for the reason given; open Wiedervorlagen lapse with it. */
public record FallAbgeschlossen(@DatenSubjekt UUID fallId, Abschlussgrund grund, @Personenbezogen String bemerkung, LocalDate abgeschlossenAm) implements FallEreignis {
}
