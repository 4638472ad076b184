package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The requested documents came in on {@code eingegangenAm}; {@code nachFristablauf} if after the deadline.
 */
public record UnterlagenEingegangen(
        UUID antragId,
        UUID anforderungId,
        LocalDate eingegangenAm,
        boolean nachFristablauf,
        String bemerkung) implements AntragEreignis {
}
