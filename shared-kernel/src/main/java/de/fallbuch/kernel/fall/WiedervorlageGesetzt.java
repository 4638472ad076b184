package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up date was set. */
public record WiedervorlageGesetzt(UUID fallId, UUID wiedervorlageId, LocalDate faelligAm, String anlass) implements FallEreignis {
}
