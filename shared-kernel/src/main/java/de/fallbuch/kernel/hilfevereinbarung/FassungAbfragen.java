package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** Ask for one Fassung of a Hilfevereinbarung exactly as it was signed; answered with an optional {@link FassungAnsicht}. */
public record FassungAbfragen(UUID hilfevereinbarungId, int fassung) {
}
