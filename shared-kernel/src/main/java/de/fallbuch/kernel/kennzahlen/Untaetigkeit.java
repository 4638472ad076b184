package de.fallbuch.kernel.kennzahlen;

import java.util.List;

/**
 * Undecided on the Stichtag although the period of §88 SGG has run out (from the day after its last
 * day a person may sue for a decision): Anträge after six months, Widersprüche after three.
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Untaetigkeit(Integer antraegeUeberSechsMonate, Integer widerspruecheUeberDreiMonate, List<String> unterdrueckt) {
}
