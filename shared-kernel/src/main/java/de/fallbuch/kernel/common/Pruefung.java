package de.fallbuch.kernel.common;

import de.fallbuch.kernel.common.Grenzen.Textart;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of {@link Grenzen} for values that are about to enter an event. Every command handler
 * (and the {@code geprueft} methods of the value objects) runs its input through these before it
 * applies an event; nothing reads a stored event through them, so a limit may become stricter
 * without making old events unreadable. Each refusal is an {@link UngueltigeAngabe} (HTTP 400)
 * naming the field.
 */
public final class Pruefung {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Pruefung() {
    }

    /**
     * Returns the text normalised to NFC and stripped, or throws {@link UngueltigeAngabe} if it is missing or blank
     * ({@code meldung}), too long for its kind, or contains a character the kind does not allow.
     */
    public static String pflichttext(String text, Textart art, String feld, String meldung) {
        String geprueft = optionalerText(text, art, feld);
        if (geprueft == null) {
            throw new UngueltigeAngabe(feld, meldung);
        }
        return geprueft;
    }

    /** Like {@link #pflichttext(String, Textart, String, String)}, but nothing given (or only blanks) is {@code null}. */
    public static String optionalerText(String text, Textart art, String feld) {
        if (text == null) {
            return null;
        }
        String normalisiert = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normalisiert.isEmpty()) {
            return null;
        }
        zeichenPruefen(normalisiert, art, feld);
        int laenge = normalisiert.codePointCount(0, normalisiert.length());
        if (laenge > art.maxZeichen()) {
            throw new UngueltigeAngabe(feld, "Das Feld „" + feld + "“ ist zu lang: erlaubt sind höchstens "
                    + zahl(art.maxZeichen()) + " Zeichen, angegeben sind " + zahl(laenge) + ".");
        }
        return normalisiert;
    }

    /**
     * Entries of a list in a command: {@code null} is an empty list; a {@code null} entry or more than
     * {@link Grenzen#MAX_LISTENEINTRAEGE} entries are refused. Returns an unmodifiable copy.
     */
    public static <T> List<T> liste(Collection<T> eintraege, String feld) {
        if (eintraege == null) {
            return List.of();
        }
        eintraegePruefen(eintraege, Grenzen.MAX_LISTENEINTRAEGE, feld);
        return List.copyOf(eintraege);
    }

    /** A set of choices from an enumeration (e.g. Hemmnisse): {@code null} is empty, a {@code null} entry is refused. */
    public static <E extends Enum<E>> Set<E> auswahl(Collection<E> eintraege, Class<E> art, String feld) {
        if (eintraege == null) {
            return Set.of();
        }
        eintraegePruefen(eintraege, art.getEnumConstants().length * 2, feld);
        return eintraege.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(eintraege));
    }

    /**
     * A list that may hold {@code null} entries, copied unmodifiably. For the constructors of commands and value objects,
     * which must not throw on what {@link #liste} is there to refuse with a proper message.
     */
    public static <T> List<T> kopie(Collection<T> eintraege) {
        return eintraege == null ? null : Collections.unmodifiableList(new ArrayList<>(eintraege));
    }

    /**
     * A business date (receipt, consultation, decision, deadline, Bewilligungszeitraum, review): {@code null} stays
     * {@code null} (whether it is required is the caller's rule); outside
     * {@link Grenzen#FRUEHESTES_GESCHAEFTSDATUM}–{@link Grenzen#SPAETESTES_GESCHAEFTSDATUM} it is refused.
     */
    public static LocalDate geschaeftsdatum(LocalDate datum, String feld) {
        if (datum != null && (datum.isBefore(Grenzen.FRUEHESTES_GESCHAEFTSDATUM) || datum.isAfter(Grenzen.SPAETESTES_GESCHAEFTSDATUM))) {
            throw new UngueltigeAngabe(feld, "Das Datum " + DATUM.format(datum) + " im Feld „" + feld + "“ ist nicht plausibel: "
                    + "es muss zwischen dem " + DATUM.format(Grenzen.FRUEHESTES_GESCHAEFTSDATUM) + " und dem "
                    + DATUM.format(Grenzen.SPAETESTES_GESCHAEFTSDATUM) + " liegen.");
        }
        return datum;
    }

    /** A birth date: present, not before {@link Grenzen#FRUEHESTES_GEBURTSDATUM}, not after {@code heute}. */
    public static LocalDate geburtsdatum(LocalDate datum, LocalDate heute, String feld) {
        if (datum == null) {
            throw new UngueltigeAngabe(feld, "Das Geburtsdatum fehlt.");
        }
        if (datum.isBefore(Grenzen.FRUEHESTES_GEBURTSDATUM)) {
            throw new UngueltigeAngabe(feld, "Das Geburtsdatum " + DATUM.format(datum) + " ist nicht plausibel: es liegt vor dem "
                    + DATUM.format(Grenzen.FRUEHESTES_GEBURTSDATUM) + ".");
        }
        if (datum.isAfter(heute)) {
            throw new UngueltigeAngabe(feld, "Das Geburtsdatum liegt in der Zukunft.");
        }
        return datum;
    }

    /** A monthly amount in euro cents: present and within {@link Grenzen#MIN_BETRAG_CENT}–{@link Grenzen#MAX_BETRAG_MONATLICH_CENT}. */
    public static long betragMonatlich(Long cent, String feld) {
        if (cent == null || cent < Grenzen.MIN_BETRAG_CENT) {
            throw new UngueltigeAngabe(feld, "Der monatliche Betrag muss größer als 0 Cent sein.");
        }
        if (cent > Grenzen.MAX_BETRAG_MONATLICH_CENT) {
            throw new UngueltigeAngabe(feld, "Der monatliche Betrag darf höchstens " + euro(Grenzen.MAX_BETRAG_MONATLICH_CENT)
                    + " betragen.");
        }
        return cent;
    }

    /**
     * The proof of an issued document before it enters an event: kind and id present, both hashes exactly
     * {@link Grenzen#SHA256_HEX_ZEICHEN} lower-case hex digits, the Fall's position not negative.
     */
    public static Dokumentnachweis dokumentnachweis(Dokumentnachweis nachweis, String feld) {
        if (nachweis == null) {
            return null;
        }
        if (nachweis.dokumentId() == null || nachweis.art() == null) {
            throw new UngueltigeAngabe(feld, "Zum Dokument fehlen Kennung oder Art.");
        }
        pruefsumme(nachweis.sha256(), feld + ".sha256");
        pruefsumme(nachweis.vorlageSha256(), feld + ".vorlageSha256");
        if (nachweis.fallStand() < 0) {
            throw new UngueltigeAngabe(feld + ".fallStand", "Der Stand des Falls kann nicht negativ sein.");
        }
        return nachweis;
    }

    private static void pruefsumme(String hex, String feld) {
        if (hex == null || hex.length() != Grenzen.SHA256_HEX_ZEICHEN || !hex.chars().allMatch(z -> (z >= '0' && z <= '9') || (z >= 'a' && z <= 'f'))) {
            throw new UngueltigeAngabe(feld, "Eine SHA-256-Prüfsumme besteht aus genau " + Grenzen.SHA256_HEX_ZEICHEN
                    + " Hexadezimalziffern (0–9, a–f).");
        }
    }

    private static void eintraegePruefen(Collection<?> eintraege, int hoechstens, String feld) {
        if (eintraege.size() > hoechstens) {
            throw new UngueltigeAngabe(feld, "Die Liste „" + feld + "“ hat " + zahl(eintraege.size())
                    + " Einträge; erlaubt sind höchstens " + hoechstens + ".");
        }
        int index = 0;
        for (Object eintrag : eintraege) {
            if (eintrag == null) {
                throw new UngueltigeAngabe(feld + "[" + index + "]", "Die Liste „" + feld + "“ enthält einen leeren Eintrag (null).");
            }
            index++;
        }
    }

    /**
     * Refuses what a caseworker never types and what breaks storage or display: control characters (line breaks and tabs
     * only in multi-line kinds), U+0000 (PostgreSQL text cannot hold it), lone surrogates, the non-characters U+FFFE/U+FFFF,
     * and in one-line kinds the line and paragraph separators and bidi embedding/override/isolate characters (they can make
     * a name read differently from what is stored).
     */
    private static void zeichenPruefen(String text, Textart art, String feld) {
        text.codePoints().filter(z -> !erlaubt(z, art)).findFirst().ifPresent(z -> {
            throw new UngueltigeAngabe(feld, z == '\n' || z == '\r' || z == '\t'
                    ? "Das Feld „" + feld + "“ ist einzeilig: Zeilenumbrüche und Tabulatoren sind hier nicht möglich."
                    : "Das Feld „" + feld + "“ enthält ein unzulässiges Steuer- oder Sonderzeichen ("
                            + String.format(Locale.ROOT, "U+%04X", z) + ").");
        });
    }

    private static boolean erlaubt(int z, Textart art) {
        if (z == '\n' || z == '\r' || z == '\t') {
            return art.mehrzeilig();
        }
        if (Character.getType(z) == Character.CONTROL || z >= Character.MIN_SURROGATE && z <= Character.MAX_SURROGATE) {
            return false;
        }
        if ((z & 0xFFFE) == 0xFFFE || z >= 0xFDD0 && z <= 0xFDEF) {
            return false; // non-characters
        }
        if (!art.mehrzeilig() && (z == 0x2028 || z == 0x2029 || z >= 0x202A && z <= 0x202E || z >= 0x2066 && z <= 0x2069)) {
            return false;
        }
        return true;
    }

    private static String zahl(long zahl) {
        return String.format(Locale.GERMANY, "%,d", zahl);
    }

    private static String euro(long cent) {
        return String.format(Locale.GERMANY, "%,d,%02d €", cent / 100, cent % 100);
    }
}
