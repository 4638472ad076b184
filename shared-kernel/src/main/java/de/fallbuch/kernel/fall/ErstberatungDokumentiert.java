package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** The Erstberatung took place on {@code datum}: the concern and the first steps agreed. */
public record ErstberatungDokumentiert(@DatenSubjekt UUID fallId, LocalDate datum, @Personenbezogen String anliegen, @Personenbezogen String ersteSchritte) implements FallEreignis {
}
