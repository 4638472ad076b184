package de.fallbuch.kernel.fall;

/**
 * Find Fälle by a part of the Aktenzeichen, a surname, a first name or "Nachname, Vorname", newest
 * first; answered with a list of {@link FallZeile}, within the caller's Dienststellen. Every hit is
 * recorded as read; the term is not (it may be a name). A blank term finds nothing.
 */
public record FaelleSuchen(String begriff) {
}
