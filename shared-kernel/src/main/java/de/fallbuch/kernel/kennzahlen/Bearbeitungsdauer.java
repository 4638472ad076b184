package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;
import java.util.List;

/**
 * Days from receipt of the Antrag to its first decision that counted, for the Anträge first decided
 * in the period: the median (mean of the two middle values for an even count) and the 90th
 * percentile by the nearest-rank method (the smallest value at least 90 % of the values do not
 * exceed). Absent without decisions.
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Bearbeitungsdauer(Integer anzahl, BigDecimal medianTage, Integer perzentil90Tage, List<String> unterdrueckt) {
}
