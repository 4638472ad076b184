package de.fallbuch.kernel.kennzahlen;

/**
 * The Kennzahlen for the caller (Revision: all Dienststellen, Sachgebietsleitung: its own), answered
 * with {@link Kennzahlen}. Every field as typed ({@code null}: the default); the query side reads and
 * checks them ({@code stichtag}, {@code von}, {@code bis} as dates, {@code format} "de" or "en").
 */
public record KennzahlenAuswerten(String stichtag, String von, String bis, String dienststelle, String format) {
}
