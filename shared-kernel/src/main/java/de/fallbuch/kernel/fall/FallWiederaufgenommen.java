package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** A closed Fall was reopened on {@code wiederaufgenommenAm}. */
public record FallWiederaufgenommen(UUID fallId, String grund, LocalDate wiederaufgenommenAm) implements FallEreignis {
}
