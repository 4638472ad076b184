package de.fallbuch.kernel.kennzahlen;

import de.fallbuch.kernel.common.Leistungsart;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * One Leistungsart on the Stichtag: its recipients (distinct persons with a running grant of this
 * kind) and their share of all Leistungsbezüge, the monthly amounts of the running grants and their
 * share of all amounts, the amount per recipient, and its densities per 1,000 inhabitants. Shares are
 * percentages with two decimals; absent where the denominator is zero. Amounts are sums of any number
 * of grants and therefore exact integers without an upper bound (a {@code long} would wrap around).
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record LeistungsartKennzahlen(
        Leistungsart leistungsart,
        Integer empfaenger,
        BigDecimal anteilEmpfaengerProzent,
        BigInteger betragMonatlichCent,
        BigDecimal anteilBetragProzent,
        BigInteger betragJeEmpfaengerCent,
        List<Dichte> dichten,
        List<String> unterdrueckt) {
}
