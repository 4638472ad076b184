package de.fallbuch.kernel.kennzahlen;

import java.time.LocalDate;
import java.util.Set;

/**
 * Ask for the auditors' figures: stocks on {@code stichtag}, flows in the period {@code von} to
 * {@code bis} (both inclusive), for the given Dienststellen (each one and their total); answered
 * with {@link Kennzahlen}. The caller has checked that the reader may see these Dienststellen;
 * an empty set means all Dienststellen known to the figures.
 */
public record KennzahlenAbfragen(LocalDate stichtag, LocalDate von, LocalDate bis, Set<String> dienststellen) {

    public KennzahlenAbfragen {
        dienststellen = dienststellen == null ? Set.of() : Set.copyOf(dienststellen);
    }
}
