package de.fallbuch.query.common;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German formats for what people read: 01.03.2026, 563,00 €. */
public final class Deutsch {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Deutsch() {
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "–" : DATUM.format(datum);
    }

    /** Euro cents as German money: 56300 → "563,00 €". */
    public static String betrag(long cent) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(cent / 100.0) + " €";
    }
}
