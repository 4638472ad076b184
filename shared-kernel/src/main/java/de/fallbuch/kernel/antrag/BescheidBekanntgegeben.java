package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The notice of decision {@code entscheidungId} was given to the post; it is deemed delivered on
 * {@code bekanntgabeAm} (§37 Abs. 2 SGB X), and a Widerspruch is possible until {@code widerspruchsfristEnde}
 * (§84 SGG; one year without a correct Rechtsbehelfsbelehrung, §66 SGG; §64 Abs. 3 SGG).
 */
public record BescheidBekanntgegeben(
        UUID antragId,
        UUID entscheidungId,
        LocalDate aufgabeZurPostAm,
        boolean mitRechtsbehelfsbelehrung,
        LocalDate bekanntgabeAm,
        LocalDate widerspruchsfristEnde) implements AntragEreignis {
}
