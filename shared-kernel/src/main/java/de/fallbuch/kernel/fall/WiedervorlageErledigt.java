package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up date was done on {@code erledigtAm}. */
public record WiedervorlageErledigt(UUID fallId, UUID wiedervorlageId, String vermerk, LocalDate erledigtAm) implements FallEreignis {
}
