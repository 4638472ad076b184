package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure of the Fassung in force began on {@code datum}.
 */
public record MassnahmeBegonnen(UUID hilfevereinbarungId, UUID massnahmeId, LocalDate datum) implements HilfevereinbarungEreignis {
}
