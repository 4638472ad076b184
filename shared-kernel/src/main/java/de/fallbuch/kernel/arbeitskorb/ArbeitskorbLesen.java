package de.fallbuch.kernel.arbeitskorb;

/**
 * The caller's Arbeitskorb, answered with an {@link Arbeitskorb}: optionally one Dienststelle of
 * theirs and (Sachgebietsleitung) one Fallmanager; {@code null} means not given. Every Fall it names
 * is recorded as read.
 */
public record ArbeitskorbLesen(String dienststelle, String fallmanager) {
}
