package de.fallbuch.kernel.kennzahlen;

/**
 * The same figures as {@link KennzahlenAuswerten} as CSV text (with {@code format} "de": semicolon
 * and decimal comma), answered with a {@link KennzahlenCsvDatei}.
 */
public record KennzahlenAlsCsv(String stichtag, String von, String bis, String dienststelle, String format) {
}
