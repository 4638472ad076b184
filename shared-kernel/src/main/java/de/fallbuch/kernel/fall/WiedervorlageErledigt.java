package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up date was done on {@code erledigtAm}. */
public record WiedervorlageErledigt(@DatenSubjekt UUID fallId, UUID wiedervorlageId, @Personenbezogen String vermerk, LocalDate erledigtAm) implements FallEreignis {
}
