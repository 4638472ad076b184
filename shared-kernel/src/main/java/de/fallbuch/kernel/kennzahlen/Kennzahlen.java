package de.fallbuch.kernel.kennzahlen;

import java.time.LocalDate;
import java.util.List;

/**
 * The auditors' figures, pseudonymised (no names, birth dates, addresses or free text): per
 * Dienststelle and in total. {@code bevoelkerungsjahr} is the year whose population figures are the
 * denominators of the densities (the Stichtag's year); {@code hinweise} say in German what could not
 * be computed and why (e.g. no population figures loaded). {@code mindestfallzahl} is the fewest
 * persons a published figure rests on (docs/kennzahlen.md, "Geheimhaltung").
 */
public record Kennzahlen(
        LocalDate stichtag,
        LocalDate von,
        LocalDate bis,
        int bevoelkerungsjahr,
        List<KennzahlenBereich> dienststellen,
        KennzahlenBereich gesamt,
        List<String> hinweise,
        int mindestfallzahl) {
}
