package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;

/**
 * Objections in the period. Widerspruchsquote = Widersprüche received ÷ notices deemed delivered
 * (Bekanntgabe, §37 Abs. 2 SGB X) in the period; Abhilfequote = Widersprüche remedied (§85 Abs. 1
 * SGG) ÷ Widersprüche settled (remedied or rejected) in the period. Percentages, two decimals.
 */
public record Widersprueche(
        int bescheideBekanntgegeben,
        int eingegangen,
        int rechtzeitig,
        BigDecimal widerspruchsquoteProzent,
        int abgeholfen,
        int zurueckgewiesen,
        BigDecimal abhilfequoteProzent) {
}
