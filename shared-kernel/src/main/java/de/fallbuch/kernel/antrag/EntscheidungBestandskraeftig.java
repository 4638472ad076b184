package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Widerspruchsfrist of decision {@code entscheidungId} ended on {@code widerspruchsfristEnde} without a
 * timely Widerspruch: the decision is final (bestandskräftig, §77 SGG) from {@code bestandskraeftigAm}.
 */
public record EntscheidungBestandskraeftig(
        UUID antragId,
        UUID entscheidungId,
        LocalDate widerspruchsfristEnde,
        LocalDate bestandskraeftigAm) implements AntragEreignis {
}
