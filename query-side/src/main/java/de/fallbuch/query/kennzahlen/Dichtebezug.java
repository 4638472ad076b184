package de.fallbuch.query.kennzahlen;

import static de.fallbuch.kernel.kennzahlen.Altersgruppe.AB_65;
import static de.fallbuch.kernel.kennzahlen.Altersgruppe.UNTER_18;
import static de.fallbuch.kernel.kennzahlen.Altersgruppe.VON_18_BIS_UNTER_65;

import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.util.List;

/**
 * The denominator of a density: the inhabitants who can receive the benefit at all. Benchmarking
 * relates a density to the whole population or to the age groups the benefit is for (seed 003,
 * "Leistungsbeziehende Dichten"); docs/kennzahlen.md gives the reasons per Leistungsart.
 *
 * @param empfaengerAltersgruppe only recipients of this age group (on the day of receipt) count; null = all
 */
record Dichtebezug(String bezug, List<Altersgruppe> altersgruppen, Altersgruppe empfaengerAltersgruppe) {

    private static final List<Altersgruppe> ALLE = List.of(UNTER_18, VON_18_BIS_UNTER_65, AB_65);
    private static final List<Altersgruppe> VOLLJAEHRIGE = List.of(VON_18_BIS_UNTER_65, AB_65);

    static List<Dichtebezug> fuer(Leistungsart leistungsart) {
        return switch (leistungsart) {
            // §41 SGB XII: from 18 if permanently unable to work, from the Regelaltersgrenze for age;
            // "im Alter" alone relates recipients of 65 and over to inhabitants of 65 and over.
            case GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG -> List.of(
                    new Dichtebezug("je 1.000 Einwohner ab 18 Jahren", VOLLJAEHRIGE, null),
                    new Dichtebezug("im Alter: Empfänger ab 65 Jahren je 1.000 Einwohner ab 65 Jahren", List.of(AB_65), AB_65));
            // §67 SGB XII is help for adults in particular living conditions.
            case HILFE_BESONDERE_SOZIALE_SCHWIERIGKEITEN -> List.of(new Dichtebezug("je 1.000 Einwohner ab 18 Jahren", VOLLJAEHRIGE, null));
            // §1 UVG: children under 18.
            case UNTERHALTSVORSCHUSS -> List.of(new Dichtebezug("je 1.000 Einwohner unter 18 Jahren", List.of(UNTER_18), null));
            case HILFE_ZUM_LEBENSUNTERHALT, HILFE_ZUR_GESUNDHEIT, HILFE_ZUR_PFLEGE, ASYLBLG, WOHNGELD ->
                    List.of(new Dichtebezug("je 1.000 Einwohner", ALLE, null));
        };
    }
}
