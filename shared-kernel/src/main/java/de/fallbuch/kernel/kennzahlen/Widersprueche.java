package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;
import java.util.List;

/**
 * Objections in the period. Widerspruchsquote = Widersprüche received ÷ notices deemed delivered
 * (Bekanntgabe, §37 Abs. 2 SGB X) in the period; Abhilfequote = Widersprüche remedied (§85 Abs. 1
 * SGG) ÷ Widersprüche settled (remedied or rejected) in the period. Percentages, two decimals.
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Widersprueche(
        Integer bescheideBekanntgegeben,
        Integer eingegangen,
        Integer rechtzeitig,
        BigDecimal widerspruchsquoteProzent,
        Integer abgeholfen,
        Integer zurueckgewiesen,
        BigDecimal abhilfequoteProzent,
        List<String> unterdrueckt) {
}
