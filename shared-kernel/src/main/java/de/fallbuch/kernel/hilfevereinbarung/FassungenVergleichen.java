package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** Ask what changed from Fassung {@code von} to Fassung {@code bis}; answered with an optional {@link Fassungsvergleich}. */
public record FassungenVergleichen(UUID hilfevereinbarungId, int von, int bis) {
}
