package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** One Fassung of a Hilfevereinbarung as a document, for a reader of its Fall; answered with a {@link FassungAnsicht}. */
public record FassungLesen(UUID hilfevereinbarungId, int fassung) {
}
