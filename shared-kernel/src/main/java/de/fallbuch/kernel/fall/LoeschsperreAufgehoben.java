package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** The legal hold on the Fall was lifted on {@code aufgehobenAm}; erasure is possible again once retention has ended. */
public record LoeschsperreAufgehoben(@DatenSubjekt UUID fallId, @Personenbezogen String grund, LocalDate aufgehobenAm,
        String aufgehobenVon) implements FallEreignis {
}
