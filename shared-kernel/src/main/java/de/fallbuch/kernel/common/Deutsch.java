package de.fallbuch.kernel.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German formats for what people read: 01.03.2026, 563,00 €. The Verlauf and the UI both use them. */
public final class Deutsch {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Deutsch() {
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "–" : DATUM.format(datum);
    }

    /** Euro cents as German money: 56300 → "563,00 €". */
    public static String betrag(long cent) {
        return betrag(BigInteger.valueOf(cent));
    }

    /** A sum of amounts (Kennzahlen), exact however large. */
    public static String betrag(BigInteger cent) {
        // Exact in cents: no detour through floating point.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(new BigDecimal(cent, 2)) + " €";
    }
}
