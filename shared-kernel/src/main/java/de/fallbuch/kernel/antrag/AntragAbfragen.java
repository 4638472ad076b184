package de.fallbuch.kernel.antrag;

import java.util.UUID;

/** Ask for one Antrag as the read model shows it; answered with an optional {@link AntragAnsicht}. */
public record AntragAbfragen(UUID antragId) {
}
