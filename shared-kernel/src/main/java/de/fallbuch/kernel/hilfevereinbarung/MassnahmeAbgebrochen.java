package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure was broken off on {@code datum}, for the reason given.
 */
public record MassnahmeAbgebrochen(UUID hilfevereinbarungId, UUID massnahmeId, LocalDate datum, String grund) implements HilfevereinbarungEreignis {
}
