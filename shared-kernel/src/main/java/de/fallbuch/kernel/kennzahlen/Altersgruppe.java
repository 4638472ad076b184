package de.fallbuch.kernel.kennzahlen;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Age groups of the population figures the office loads, as official statistics publish them;
 * densities use all inhabitants or one of these groups as denominator (e.g. 65 and older for
 * Grundsicherung im Alter).
 */
public enum Altersgruppe {
    UNTER_18("0 bis unter 18 Jahre", 0, 17),
    VON_18_BIS_UNTER_65("18 bis unter 65 Jahre", 18, 64),
    AB_65("65 Jahre und älter", 65, Integer.MAX_VALUE);

    private final String bezeichnung;
    private final int vonAlter;
    private final int bisAlter;

    Altersgruppe(String bezeichnung, int vonAlter, int bisAlter) {
        this.bezeichnung = bezeichnung;
        this.vonAlter = vonAlter;
        this.bisAlter = bisAlter;
    }

    public String bezeichnung() {
        return bezeichnung;
    }

    /** The group of a person born on {@code geburtsdatum} on {@code tag}; empty without a birth date (erased). */
    public static Optional<Altersgruppe> am(LocalDate geburtsdatum, LocalDate tag) {
        if (geburtsdatum == null) {
            return Optional.empty();
        }
        return Optional.of(fuer(Math.max(0, Period.between(geburtsdatum, tag).getYears())));
    }

    /** The group a person of that age (in full years) belongs to. */
    public static Altersgruppe fuer(int alter) {
        for (Altersgruppe gruppe : values()) {
            if (alter >= gruppe.vonAlter && alter <= gruppe.bisAlter) {
                return gruppe;
            }
        }
        throw new IllegalArgumentException("Alter " + alter);
    }
}
