package de.fallbuch.kernel.kennzahlen;

import java.math.BigInteger;
import java.util.List;

/**
 * The figures of one Dienststelle, or of all requested ones together ({@code dienststelle} is then
 * "Gesamt"). Stocks are counted on the Stichtag, flows in the period.
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 *
 * @param empfaengerPersonen    distinct persons (Fälle) with at least one running grant on the Stichtag
 * @param leistungsbezuege      sum over the Leistungsarten of their recipients (a person with two benefits counts twice)
 * @param betragMonatlichCent   sum of the monthly amounts of the grants running on the Stichtag (exact, unbounded)
 * @param betragJeEmpfaengerCent {@code betragMonatlichCent} / {@code empfaengerPersonen}, rounded half up; absent without recipients
 */
public record KennzahlenBereich(
        String dienststelle,
        List<LeistungsartKennzahlen> leistungsarten,
        Integer empfaengerPersonen,
        Integer leistungsbezuege,
        BigInteger betragMonatlichCent,
        BigInteger betragJeEmpfaengerCent,
        Bearbeitungsdauer bearbeitungsdauer,
        Erstentscheidungen erstentscheidungen,
        Widersprueche widersprueche,
        Untaetigkeit untaetigkeit,
        Hilfevereinbarungen hilfevereinbarungen,
        List<String> unterdrueckt) {
}
