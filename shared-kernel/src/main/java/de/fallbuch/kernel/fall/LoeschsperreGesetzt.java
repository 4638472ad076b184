package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A legal hold was set on the Fall on {@code gesetztAm} (e.g. a pending court case or a claim for
 * repayment): its personal data must not be erased until the hold is lifted, even after the
 * retention period has ended.
 */
public record LoeschsperreGesetzt(@DatenSubjekt UUID fallId, @Personenbezogen String grund, LocalDate gesetztAm, String gesetztVon)
        implements FallEreignis {
}
