package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person's statement in the Anhörung came in on {@code eingegangenAm}.
 */
public record AnhoerungStellungnahmeEingegangen(UUID antragId, UUID anhoerungId, LocalDate eingegangenAm, String stellungnahme) implements AntragEreignis {
}
