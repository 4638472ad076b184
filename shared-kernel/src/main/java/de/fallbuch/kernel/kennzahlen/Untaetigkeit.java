package de.fallbuch.kernel.kennzahlen;

/**
 * Undecided on the Stichtag although the period of §88 SGG has run out (from the day after its last
 * day a person may sue for a decision): Anträge after six months, Widersprüche after three.
 */
public record Untaetigkeit(int antraegeUeberSechsMonate, int widerspruecheUeberDreiMonate) {
}
