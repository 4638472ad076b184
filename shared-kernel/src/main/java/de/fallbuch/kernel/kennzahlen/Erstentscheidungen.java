package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;

/**
 * The first decisions that counted in the period, by kind, and their shares in percent: grants
 * (counting from approval where approval was needed), denials, refusals for lack of cooperation
 * (Versagung, §66 SGB I). Withdrawn Anträge are not decisions and are counted apart.
 */
public record Erstentscheidungen(
        int anzahl,
        int bewilligt,
        int abgelehnt,
        int versagt,
        BigDecimal bewilligungsquoteProzent,
        BigDecimal ablehnungsquoteProzent,
        BigDecimal versagungsquoteProzent,
        int zurueckgenommen) {
}
