package de.fallbuch.kernel.fall;

import java.util.List;

/**
 * The Fälle of the given Dienststellen whose retention period has ended and which carry no legal
 * hold: proposals for erasure, for the Sachgebietsleitung. Answered with a list of {@link Loeschvorschlag}.
 */
public record LoeschvorschlaegeAbfragen(List<String> dienststellen) {
}
