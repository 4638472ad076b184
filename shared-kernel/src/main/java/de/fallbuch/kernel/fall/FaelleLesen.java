package de.fallbuch.kernel.fall;

/**
 * The caller's list of Fälle, answered with a list of {@link FallZeile}: a Fallmanager gets their own
 * unless they ask for a Dienststelle or another Fallmanager of theirs, the Sachgebietsleitung its
 * Dienststellen, the Rechtsprüfung any. {@code null} means not given. Every Fall listed is recorded as read.
 */
public record FaelleLesen(String dienststelle, String fallmanager, FallStatus status) {
}
