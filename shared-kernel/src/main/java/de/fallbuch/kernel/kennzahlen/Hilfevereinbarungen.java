package de.fallbuch.kernel.kennzahlen;

import java.math.BigDecimal;

/**
 * Hilfevereinbarungen (§12 SGB XII) in force on the Stichtag, and the goals found reached or missed
 * in the period with the share reached (percent, two decimals; absent if none was assessed).
 */
public record Hilfevereinbarungen(int inKraft, int zieleErreicht, int zieleVerfehlt, BigDecimal zielerreichungsquoteProzent) {
}
