package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.Deutsch;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * German formats for the pages, used in templates as {@code @formate}: dates TT.MM.JJJJ, times in
 * the office's time zone, money as 1.234,56 €.
 */
@Component("formate")
public class Formate {

    private static final Locale DEUTSCH = Locale.GERMANY;
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", DEUTSCH);
    private static final DateTimeFormatter ZEIT_GENAU = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss 'Uhr'", DEUTSCH);
    private static final DateTimeFormatter ZEIT_EINGABE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", DEUTSCH);

    private final ZoneId zone;

    Formate(@Value("${fallbuch.zeitzone:Europe/Berlin}") String zeitzone) {
        this.zone = ZoneId.of(zeitzone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String datum(LocalDate datum) {
        return Deutsch.datum(datum);
    }

    public String zeit(Instant zeitpunkt) {
        return zeitpunkt == null ? "–" : ZEIT.format(zeitpunkt.atZone(zone));
    }

    /** To the second, where the second matters (the instant of a "Stand am" view). */
    public String zeitGenau(Instant zeitpunkt) {
        return zeitpunkt == null ? "–" : ZEIT_GENAU.format(zeitpunkt.atZone(zone));
    }

    /** A point in time as a {@code datetime-local} field wants it, in the office's time zone. */
    public String zeitEingabe(Instant zeitpunkt) {
        return zeitpunkt == null ? "" : ZEIT_EINGABE.format(zeitpunkt.atZone(zone));
    }

    /** A role as the Verlauf records it (ROLLE) in German; unknown names are shown as they are. */
    public String rolle(String rolle) {
        for (Rolle bekannt : Rolle.values()) {
            if (bekannt.name().equals(rolle)) {
                return bekannt.bezeichnung();
            }
        }
        return rolle;
    }

    /** Euro cents (a single amount as Long, a sum of amounts as BigInteger) as German money. */
    public String euro(Number cent) {
        if (cent == null) {
            return "–";
        }
        return Deutsch.betrag(cent instanceof BigInteger gross ? gross : BigInteger.valueOf(cent.longValue()));
    }

    /** A count with thousands separator: 1.234. */
    public String anzahl(Number anzahl) {
        if (anzahl == null) {
            return "–";
        }
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DEUTSCH)).format(anzahl);
    }

    /** A decimal as Germans write it, with its own scale but at least one place: 12,5 or 1.234,56. */
    public String dezimal(BigDecimal wert) {
        if (wert == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.0#", DecimalFormatSymbols.getInstance(DEUTSCH)).format(wert);
    }

    /** A share in percent with two places and a comma: 12,50 %. */
    public String prozent(BigDecimal wert) {
        if (wert == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DEUTSCH)).format(wert) + " %";
    }
}
