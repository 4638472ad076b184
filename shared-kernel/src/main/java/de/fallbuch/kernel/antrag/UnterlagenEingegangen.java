package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The requested documents came in on {@code eingegangenAm}; {@code nachFristablauf} if after the deadline.
 */
public record UnterlagenEingegangen(
        @DatenSubjekt UUID antragId,
        UUID anforderungId,
        LocalDate eingegangenAm,
        boolean nachFristablauf,
        @Personenbezogen String bemerkung) implements AntragEreignis {
}
