package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Widerspruch against decision {@code entscheidungId} came in on {@code eingegangenAm}; {@code rechtzeitig}
 * records whether it met the Widerspruchsfrist ending on {@code widerspruchsfristEnde}.
 */
public record WiderspruchEingelegt(
        @DatenSubjekt UUID antragId,
        UUID widerspruchId,
        UUID entscheidungId,
        LocalDate eingegangenAm,
        @Personenbezogen String begruendung,
        LocalDate widerspruchsfristEnde,
        boolean rechtzeitig) implements AntragEreignis {
}
