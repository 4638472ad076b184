package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;
import java.util.List;

/**
 * The first decisions that counted in the period, by kind, and their shares in percent: grants
 * (counting from approval where approval was needed), denials, refusals for lack of cooperation
 * (Versagung, §66 SGB I). Withdrawn Anträge are not decisions and are counted apart.
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Erstentscheidungen(
        Integer anzahl,
        Integer bewilligt,
        Integer abgelehnt,
        Integer versagt,
        BigDecimal bewilligungsquoteProzent,
        BigDecimal ablehnungsquoteProzent,
        BigDecimal versagungsquoteProzent,
        Integer zurueckgenommen,
        List<String> unterdrueckt) {
}
