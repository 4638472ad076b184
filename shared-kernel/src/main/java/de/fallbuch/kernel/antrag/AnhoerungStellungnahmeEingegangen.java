package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person's statement in the Anhörung came in on {@code eingegangenAm}.
 */
public record AnhoerungStellungnahmeEingegangen(@DatenSubjekt UUID antragId, UUID anhoerungId, LocalDate eingegangenAm, @Personenbezogen String stellungnahme) implements AntragEreignis {
}
