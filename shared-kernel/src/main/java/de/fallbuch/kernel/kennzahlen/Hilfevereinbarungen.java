package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hilfevereinbarungen (§12 SGB XII) in force on the Stichtag, and the goals found reached or missed
 * in the period with the share reached (percent, two decimals; absent if none was assessed).
 * <p>A figure that could identify a person (docs/kennzahlen.md, "Geheimhaltung") is null and its
 * component name is listed in {@code unterdrueckt}.
 */
public record Hilfevereinbarungen(Integer inKraft, Integer zieleErreicht, Integer zieleVerfehlt, BigDecimal zielerreichungsquoteProzent,
        List<String> unterdrueckt) {
}
