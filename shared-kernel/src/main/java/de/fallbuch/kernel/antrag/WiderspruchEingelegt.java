package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A Widerspruch against decision {@code entscheidungId} came in on {@code eingegangenAm}; {@code rechtzeitig}
 * records whether it met the Widerspruchsfrist ending on {@code widerspruchsfristEnde}.
 */
public record WiderspruchEingelegt(
        UUID antragId,
        UUID widerspruchId,
        UUID entscheidungId,
        LocalDate eingegangenAm,
        String begruendung,
        LocalDate widerspruchsfristEnde,
        boolean rechtzeitig) implements AntragEreignis {
}
