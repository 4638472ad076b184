package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person was asked to comment by {@code frist} on the intended revocation of grant {@code entscheidungId}
 * (§24 SGB X).
 */
public record AnhoerungEingeleitet(
        UUID antragId,
        UUID anhoerungId,
        UUID entscheidungId,
        String anlass,
        LocalDate eingeleitetAm,
        LocalDate frist) implements AntragEreignis {
}
