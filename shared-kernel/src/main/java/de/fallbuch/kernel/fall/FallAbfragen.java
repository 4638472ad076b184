package de.fallbuch.kernel.fall;

import java.util.UUID;

/** Ask for one Fall as the read model shows it; answered with an optional {@link FallAnsicht}. */
public record FallAbfragen(UUID fallId) {
}
