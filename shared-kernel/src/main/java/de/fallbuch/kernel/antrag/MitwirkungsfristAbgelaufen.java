package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The deadline for the documents passed without them (§66 SGB I). Recorded by the system when the deadline ran out.
 */
public record MitwirkungsfristAbgelaufen(UUID antragId, UUID anforderungId, LocalDate frist) implements AntragEreignis {
}
