package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** A closed Fall was reopened on {@code wiederaufgenommenAm}. */
public record FallWiederaufgenommen(@DatenSubjekt UUID fallId, @Personenbezogen String grund, LocalDate wiederaufgenommenAm) implements FallEreignis {
}
