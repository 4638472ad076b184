package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads form fields as a German office types them (docs/oberflaeche.md, "Eingaben"). Only the
 * form's syntax is checked here (is it a date, an amount); whether a value is allowed is for the
 * service and the aggregate to say. A field that cannot be read is reported like any refused value,
 * next to the field, and says what is wrong with it: an impossible date is named as such, an
 * ambiguous amount is refused rather than guessed.
 */
public final class Eingaben {

    /** German amount: thousands grouped by dots ("1.234.567"), or not grouped at all; cents after a comma. */
    private static final Pattern BETRAG = Pattern.compile("(-?)(\\d{1,3}(?:\\.\\d{3})+|\\d*)(?:,(\\d*))?");
    private static final Pattern DATUM_DEUTSCH = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d+)");
    private static final Pattern DATUM_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ZEITPUNKT = Pattern.compile("([^\\s,T]+)(?:[ T]|,\\s*|\\s+um\\s+)(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*Uhr)?");

    private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Two-digit years of business dates: "uu" reads them as 2000 to 2099, the window of Grenzen's business dates. */
    private static final DateTimeFormatter DEUTSCH_KURZ = DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UHRZEIT = DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private static final String DATUMSFORMAT = "Bitte ein Datum im Format TT.MM.JJJJ angeben.";
    private static final String ZEITPUNKTFORMAT = "Bitte Datum und Uhrzeit angeben. Erwartet: TT.MM.JJJJ hh:mm, z. B. 14.02.2026 13:45.";
    private static final String BETRAGSFORMAT = "Bitte einen Betrag in Euro angeben, z. B. 1.234,56.";

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

    /**
     * A business date (receipt, consultation, deadline, ...): "14.02.2026", "14.2.2026" or
     * "2026-02-14". A two-digit year means 2000 to 2099 ("1.3.26" is 01.03.2026), the only century
     * in which business dates may lie.
     */
    public static LocalDate datum(String feld, String wert) {
        return datum(feld, wert, true);
    }

    /**
     * A birth date: as {@link #datum}, but the year must have four digits. "14.2.87" could be 1887,
     * 1987 or 2087, and a guessed century in a birth date would follow the person for decades.
     */
    public static LocalDate geburtsdatum(String feld, String wert) {
        return datum(feld, wert, false);
    }

    private static LocalDate datum(String feld, String wert, boolean kurzesJahrErlaubt) {
        String eingabe = text(wert);
        if (eingabe == null) {
            return null;
        }
        Matcher deutsch = DATUM_DEUTSCH.matcher(eingabe);
        if (deutsch.matches()) {
            String jahr = deutsch.group(3);
            if (jahr.length() == 2 && !kurzesJahrErlaubt) {
                throw new UngueltigeAngabe(feld, "Bitte das Jahr vierstellig angeben, z. B. 14.02.1987: bei „" + jahr
                        + "“ ist nicht klar, welches Jahrhundert gemeint ist.");
            }
            if (jahr.length() != 2 && jahr.length() != 4) {
                throw new UngueltigeAngabe(feld, "Bitte das Jahr vierstellig angeben, z. B. 14.02.2026.");
            }
            return lesen(feld, eingabe, jahr.length() == 2 ? DEUTSCH_KURZ : DEUTSCH);
        }
        if (DATUM_ISO.matcher(eingabe).matches()) {
            return lesen(feld, eingabe, ISO);
        }
        throw new UngueltigeAngabe(feld, DATUMSFORMAT);
    }

    /**
     * The form is right (checked before), so a strict parser that still refuses it refuses the date
     * itself: the 31st of February, the 29th of February outside a leap year, a 13th month.
     */
    private static LocalDate lesen(String feld, String eingabe, DateTimeFormatter format) {
        try {
            return LocalDate.parse(eingabe, format);
        } catch (DateTimeParseException e) {
            throw new UngueltigeAngabe(feld, gibtEsNicht(eingabe, format));
        }
    }

    private static String gibtEsNicht(String eingabe, DateTimeFormatter format) {
        var felder = format.parseUnresolved(eingabe, new ParsePosition(0));
        if (felder == null) {
            return DATUMSFORMAT;
        }
        long tag = felder.getLong(ChronoField.DAY_OF_MONTH);
        long monat = felder.getLong(ChronoField.MONTH_OF_YEAR);
        long jahr = felder.getLong(ChronoField.YEAR);
        String datum = String.format("%02d.%02d.%04d", tag, monat, jahr);
        boolean keinSchalttag = monat == 2 && tag == 29 && !Year.isLeap(jahr);
        return "Den " + datum + " gibt es nicht" + (keinSchalttag ? " (" + jahr + " ist kein Schaltjahr)." : ".");
    }

    /**
     * A date and time in the office's time zone: "14.02.2026 13:45", "14.2.2026, 13:45 Uhr" or
     * ISO as the browser's date-time field sends it ("2026-02-14T13:45").
     */
    public static Instant zeitpunkt(String feld, String wert, ZoneId zone) {
        String eingabe = text(wert);
        if (eingabe == null) {
            return null;
        }
        Matcher teile = ZEITPUNKT.matcher(eingabe);
        if (!teile.matches()) {
            throw new UngueltigeAngabe(feld, ZEITPUNKTFORMAT);
        }
        LocalDate tag;
        try {
            tag = datum(feld, teile.group(1));
        } catch (UngueltigeAngabe e) {
            throw e.getMessage().equals(DATUMSFORMAT) ? new UngueltigeAngabe(feld, ZEITPUNKTFORMAT) : e;
        }
        LocalTime uhrzeit;
        try {
            uhrzeit = LocalTime.parse(teile.group(2), UHRZEIT);
        } catch (DateTimeParseException e) {
            throw new UngueltigeAngabe(feld, "Die Uhrzeit " + teile.group(2) + " gibt es nicht.");
        }
        return LocalDateTime.of(tag, uhrzeit).atZone(zone).toInstant();
    }

    /**
     * An amount in euro as a German writes it, in cents: "1.000" is a thousand euro, "1.000,50",
     * "1000,5", "12,5 €" and "1.234.567,89" mean what they say. A dot only ever groups thousands,
     * so what an English reader would take for a decimal point ("1.00", "1,000.50") is refused, not
     * guessed; so are more than two decimals ("12,345").
     */
    public static Long cent(String feld, String wert) {
        if (text(wert) == null) {
            return null;
        }
        String eingabe = wert.strip();
        // "12 €", "EUR 12", "1 000,50" (grouped by spaces) and "100,-" (whole euros) are all common.
        String ohneEinheit = eingabe.replace("€", "").replaceAll("(?i)\\bEUR\\b", "").replaceAll("[\\s\\u00A0\\u202F]", "")
                .replaceAll(",[-–—]$", "");
        Matcher betrag = BETRAG.matcher(ohneEinheit);
        if (!betrag.matches() || betrag.group(2).isEmpty() && betrag.group(3) == null) {
            throw new UngueltigeAngabe(feld, warumKeinBetrag(eingabe, ohneEinheit));
        }
        String euro = betrag.group(2).replace(".", "");
        String nachkomma = betrag.group(3) == null ? "" : betrag.group(3);
        if (nachkomma.length() > 2) {
            throw new UngueltigeAngabe(feld, "„" + eingabe + "“ hat mehr als zwei Nachkommastellen. Bitte Euro und Cent angeben, "
                    + "z. B. 12,35 – Tausender werden mit Punkt getrennt (12.345).");
        }
        if (euro.isEmpty() && nachkomma.isEmpty()) {
            throw new UngueltigeAngabe(feld, BETRAGSFORMAT);
        }
        try {
            return new BigDecimal(betrag.group(1) + (euro.isEmpty() ? "0" : euro) + "." + (nachkomma.isEmpty() ? "0" : nachkomma))
                    .movePointRight(2).longValueExact();
        } catch (ArithmeticException zuGross) {
            throw new UngueltigeAngabe(feld, "Der Betrag „" + eingabe + "“ ist zu groß.");
        }
    }

    private static String warumKeinBetrag(String eingabe, String ohneEinheit) {
        int punkt = ohneEinheit.lastIndexOf('.');
        int komma = ohneEinheit.indexOf(',');
        if (punkt >= 0 && komma >= 0 && punkt > komma) {
            return "„" + eingabe + "“ ist in englischer Schreibweise. Bitte Punkt für Tausender und Komma für Cent, z. B. 1.000,50.";
        }
        if (komma < 0 && ohneEinheit.matches("-?\\d+\\.\\d{1,2}")) {
            return "„" + eingabe + "“ ist nicht eindeutig: der Punkt trennt nur Tausender (1.000 sind tausend Euro). "
                    + "Cent bitte mit Komma angeben, z. B. " + ohneEinheit.replace('.', ',') + ".";
        }
        if (ohneEinheit.matches("-?[\\d.]+(,\\d*)?") && ohneEinheit.contains(".")) {
            return "„" + eingabe + "“ ist kein Betrag: Tausenderpunkte stehen nach je drei Ziffern, z. B. 1.234.567,89.";
        }
        return BETRAGSFORMAT;
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
