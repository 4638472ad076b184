package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** The Erstberatung took place on {@code datum}: the concern and the first steps agreed. */
public record ErstberatungDokumentiert(UUID fallId, LocalDate datum, String anliegen, String ersteSchritte) implements FallEreignis {
}
