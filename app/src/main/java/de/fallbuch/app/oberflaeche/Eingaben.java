package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads form fields. Only the form's syntax is checked here (is it a date, an amount); whether a
 * value is allowed is for the service and the aggregate to say. A field that cannot be read is
 * reported like any refused value, next to the field.
 */
public final class Eingaben {

    private Eingaben() {
    }

    /**
     * The version the page was rendered with. Without it a write would skip the check for a stale
     * page, so a form without one is refused.
     */
    public static long version(String wert) {
        try {
            return Long.parseLong(wert.strip());
        } catch (RuntimeException fehlt) {
            throw new UngueltigeAngabe("version", "Die Seite ist unvollständig geladen (Version fehlt) – bitte neu laden.");
        }
    }

    public static String text(String wert) {
        return wert == null || wert.isBlank() ? null : wert.strip();
    }

    public static LocalDate datum(String feld, String wert) {
        if (text(wert) == null) {
            return null;
        }
        try {
            return LocalDate.parse(wert.strip());
        } catch (DateTimeParseException e) {
            try {
                String[] teile = wert.strip().split("\\.");
                return LocalDate.of(Integer.parseInt(teile[2]), Integer.parseInt(teile[1]), Integer.parseInt(teile[0]));
            } catch (RuntimeException nichtDeutsch) {
                throw new UngueltigeAngabe(feld, "Bitte ein Datum im Format TT.MM.JJJJ angeben.");
            }
        }
    }

    public static Instant zeitpunkt(String feld, String wert, ZoneId zone) {
        if (text(wert) == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(wert.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new UngueltigeAngabe(feld, "Bitte Datum und Uhrzeit angeben.");
        }
    }

    /** An amount in euro as a German writes it ("1.234,56" or "1234,56") in cents. */
    public static Long cent(String feld, String wert) {
        if (text(wert) == null) {
            return null;
        }
        String ohneEinheit = wert.replace("€", "").replace(" ", "").strip();
        String normiert = ohneEinheit.contains(",") ? ohneEinheit.replace(".", "").replace(",", ".") : ohneEinheit;
        try {
            return new BigDecimal(normiert).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UngueltigeAngabe(feld, "Bitte einen Betrag in Euro angeben, z. B. 1.234,56.");
        }
    }

    public static <E extends Enum<E>> E auswahl(String feld, String wert, Function<String, E> umwandlung) {
        if (text(wert) == null) {
            return null;
        }
        try {
            return umwandlung.apply(wert.strip());
        } catch (IllegalArgumentException e) {
            throw new UngueltigeAngabe(feld, "Bitte einen Eintrag aus der Liste wählen.");
        }
    }
}
