package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Anhörung's deadline passed without a statement; the person has been heard (§24 SGB X).
 */
public record AnhoerungsfristAbgelaufen(UUID antragId, UUID anhoerungId, LocalDate frist) implements AntragEreignis {
}
