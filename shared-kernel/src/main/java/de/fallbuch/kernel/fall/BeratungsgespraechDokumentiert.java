package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** A further consultation took place on {@code datum}. */
public record BeratungsgespraechDokumentiert(@DatenSubjekt UUID fallId, LocalDate datum, @Personenbezogen String thema, @Personenbezogen String inhalt) implements FallEreignis {
}
