package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure was completed on {@code datum}.
 */
public record MassnahmeAbgeschlossen(UUID hilfevereinbarungId, UUID massnahmeId, LocalDate datum) implements HilfevereinbarungEreignis {
}
