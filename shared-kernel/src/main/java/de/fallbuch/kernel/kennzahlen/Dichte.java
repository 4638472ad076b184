package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;
import java.util.List;

/**
 * Recipients per 1,000 inhabitants of the age groups that can receive the benefit
 * ({@code bezug} names them in German). {@code einwohner} and {@code je1000Einwohner} are absent
 * when no population figures are loaded for the year (the response's hinweise say so).
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Dichte(
        String bezug,
        List<Altersgruppe> altersgruppen,
        Integer empfaenger,
        Long einwohner,
        BigDecimal je1000Einwohner,
        List<String> unterdrueckt) {
}
