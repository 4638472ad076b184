package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Fassung in force was reached on {@code datum}.
 */
public record ZielErreicht(UUID hilfevereinbarungId, UUID zielId, LocalDate datum, String vermerk) implements HilfevereinbarungEreignis {
}
