package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** The Fall was closed on {@code abgeschlossenAm} for the reason given; open Wiedervorlagen lapse with it. */
public record FallAbgeschlossen(UUID fallId, Abschlussgrund grund, String bemerkung, LocalDate abgeschlossenAm) implements FallEreignis {
}
