package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** A further consultation took place on {@code datum}. */
public record BeratungsgespraechDokumentiert(UUID fallId, LocalDate datum, String thema, String inhalt) implements FallEreignis {
}
