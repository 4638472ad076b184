package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** What changed from Fassung {@code von} to {@code bis}, for a reader of the Fall; answered with a {@link Fassungsvergleich}. */
public record FassungsvergleichLesen(UUID hilfevereinbarungId, int von, int bis) {
}
