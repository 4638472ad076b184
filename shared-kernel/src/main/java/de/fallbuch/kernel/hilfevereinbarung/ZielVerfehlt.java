package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Fassung in force was missed, as established on {@code datum}, for the reasons
 * given.
 */
public record ZielVerfehlt(UUID hilfevereinbarungId, UUID zielId, LocalDate datum, String begruendung) implements HilfevereinbarungEreignis {
}
