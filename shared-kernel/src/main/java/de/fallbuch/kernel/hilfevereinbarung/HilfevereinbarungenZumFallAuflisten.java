package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** Ask for the Hilfevereinbarungen of one Fall, newest first; answered with a list of {@link HilfevereinbarungZeile}. */
public record HilfevereinbarungenZumFallAuflisten(UUID fallId) {
}
