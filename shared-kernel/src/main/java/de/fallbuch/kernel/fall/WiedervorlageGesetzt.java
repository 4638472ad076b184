package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up date was set. */
public record WiedervorlageGesetzt(@DatenSubjekt UUID fallId, UUID wiedervorlageId, LocalDate faelligAm, @Personenbezogen String anlass) implements FallEreignis {
}
