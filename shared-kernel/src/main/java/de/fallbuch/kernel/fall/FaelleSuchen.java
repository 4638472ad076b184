package de.fallbuch.kernel.fall;

/**
 * Find Fälle by Aktenzeichen (or a part of it), names (first and last name in any order, spelled with or
 * without umlauts and diacritics, or sounding alike) and birth date (TT.MM.JJJJ), all words of the term
 * together; answered with a list of {@link Suchtreffer}, best first, within the caller's Dienststellen.
 * Every hit is recorded as read; the term is not (it may be a name). A blank term finds nothing.
 */
public record FaelleSuchen(String begriff) {
}
