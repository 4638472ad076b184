package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person was asked to comment by {@code frist} on the intended revocation of grant {@code entscheidungId}
 * (§24 SGB X).
 */
public record AnhoerungEingeleitet(
        @DatenSubjekt UUID antragId,
        UUID anhoerungId,
        UUID entscheidungId,
        @Personenbezogen String anlass,
        LocalDate eingeleitetAm,
        LocalDate frist) implements AntragEreignis {
}
