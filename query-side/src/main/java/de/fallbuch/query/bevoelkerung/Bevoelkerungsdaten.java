package de.fallbuch.query.bevoelkerung;

import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the population figures from the CSV the office supplies:
 * {@code jahr;dienststelle;altersgruppe;einwohner}, one line per year, Dienststelle and age group
 * (UTF-8, semicolons as official statistics export them). The file is checked completely first;
 * with a single error nothing is loaded and every error is reported with its line (read with
 * Apache Commons CSV, so quoted fields work as in RFC 4180). A valid file
 * replaces the figures of the years it contains, in one transaction.
 */
@Component
public class Bevoelkerungsdaten {

    static final String KOPFZEILE = "jahr;dienststelle;altersgruppe;einwohner";
    private static final Pattern JAHR = Pattern.compile("\\d{4}");
    private static final Pattern ZAHL = Pattern.compile("\\d{1,9}");
    private static final Pattern STARTZEILE = Pattern.compile("startline (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).get();

    private final JdbcClient jdbc;

    Bevoelkerungsdaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the file. */
    public record Zeile(int jahr, String dienststelle, Altersgruppe altersgruppe, int einwohner) {
    }

    /** What a load did. */
    public record Ergebnis(int zeilen, SortedSet<Integer> jahre) {
    }

    /** The file has errors; nothing was loaded. */
    public static class UngueltigeDatei extends RuntimeException {

        private final List<String> fehler;

        UngueltigeDatei(List<String> fehler) {
            super("Die Datei wurde nicht geladen, es wurde nichts geändert (" + fehler.size() + " Fehler).", null, false, false);
            this.fehler = List.copyOf(fehler);
        }

        public List<String> fehler() {
            return fehler;
        }
    }

    @Transactional
    public Ergebnis laden(byte[] datei, String benutzer) {
        List<Zeile> zeilen = pruefen(new String(datei, StandardCharsets.UTF_8));
        SortedSet<Integer> jahre = new TreeSet<>();
        zeilen.forEach(z -> jahre.add(z.jahr()));
        jdbc.sql("DELETE FROM bevoelkerung WHERE jahr = ANY (:jahre)").param("jahre", jahre.toArray(Integer[]::new)).update();
        for (Zeile zeile : zeilen) {
            jdbc.sql("INSERT INTO bevoelkerung (jahr, dienststelle, altersgruppe, einwohner) VALUES (:jahr, :ds, :gruppe, :anzahl)")
                    .param("jahr", zeile.jahr())
                    .param("ds", zeile.dienststelle())
                    .param("gruppe", zeile.altersgruppe().name())
                    .param("anzahl", zeile.einwohner())
                    .update();
        }
        jdbc.sql("INSERT INTO bevoelkerung_ladung (benutzer, sha256, zeilen, jahre) VALUES (:benutzer, :sha, :zeilen, :jahre)")
                .param("benutzer", benutzer)
                .param("sha", sha256(datei))
                .param("zeilen", zeilen.size())
                .param("jahre", jahre.toArray(Integer[]::new))
                .update();
        return new Ergebnis(zeilen.size(), jahre);
    }

    public List<Zeile> alle(Integer jahr) {
        return jdbc.sql("""
                        SELECT jahr, dienststelle, altersgruppe, einwohner FROM bevoelkerung
                        WHERE CAST(:jahr AS integer) IS NULL OR jahr = :jahr
                        ORDER BY jahr, dienststelle, altersgruppe""")
                .param("jahr", jahr)
                .query((rs, n) -> new Zeile(rs.getInt(1), rs.getString(2), Altersgruppe.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    static List<Zeile> pruefen(String inhalt) {
        String text = inhalt.replace("\uFEFF", "");
        List<CSVRecord> datensaetze = lesen(text);
        if (datensaetze.isEmpty() || !kopfzeile(datensaetze.get(0))) {
            throw new UngueltigeDatei(List.of("Zeile 1: Die Kopfzeile muss „" + KOPFZEILE + "“ lauten."));
        }
        List<String> fehler = new ArrayList<>();
        List<Zeile> gelesen = new ArrayList<>();
        Set<String> schluessel = new HashSet<>();
        for (CSVRecord satz : datensaetze.subList(1, datensaetze.size())) {
            if (satz.size() == 1 && satz.get(0).isEmpty()) {
                continue;  // a line of blanks
            }
            long nummer = zeilennummer(text, satz);
            if (satz.size() != 4) {
                fehler.add("Zeile " + nummer + ": Es werden 4 durch Semikolon getrennte Felder erwartet, gefunden: " + satz.size() + ".");
                continue;
            }
            String jahr = satz.get(0);
            String dienststelle = satz.get(1);
            String gruppe = satz.get(2);
            String einwohner = satz.get(3);
            int vorher = fehler.size();
            if (!JAHR.matcher(jahr).matches() || Integer.parseInt(jahr) < 1900 || Integer.parseInt(jahr) > 2100) {
                fehler.add("Zeile " + nummer + ": „" + jahr + "“ ist kein Jahr zwischen 1900 und 2100.");
            }
            if (dienststelle.isEmpty()) {
                fehler.add("Zeile " + nummer + ": Die Dienststelle fehlt.");
            }
            Altersgruppe altersgruppe = altersgruppe(gruppe);
            if (altersgruppe == null) {
                fehler.add("Zeile " + nummer + ": Unbekannte Altersgruppe „" + gruppe + "“ (zulässig: UNTER_18, VON_18_BIS_UNTER_65, AB_65).");
            }
            if (!ZAHL.matcher(einwohner).matches()) {
                fehler.add("Zeile " + nummer + ": „" + einwohner + "“ ist keine Einwohnerzahl (ganze Zahl ohne Tausenderpunkt).");
            }
            if (fehler.size() > vorher) {
                continue;
            }
            if (!schluessel.add(jahr + ";" + dienststelle + ";" + altersgruppe)) {
                fehler.add("Zeile " + nummer + ": " + jahr + ", " + dienststelle + ", " + altersgruppe.bezeichnung() + " steht doppelt in der Datei.");
                continue;
            }
            gelesen.add(new Zeile(Integer.parseInt(jahr), dienststelle, altersgruppe, Integer.parseInt(einwohner)));
        }
        if (gelesen.isEmpty() && fehler.isEmpty()) {
            fehler.add("Die Datei enthält keine Zahlen.");
        }
        if (!fehler.isEmpty()) {
            throw new UngueltigeDatei(fehler);
        }
        return gelesen;
    }

    /** All records (Commons CSV: semicolons, quotes as RFC 4180, fields trimmed); a broken quote refuses the whole file. */
    private static List<CSVRecord> lesen(String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV names the line where the broken field began ("startline n"), in English
            Matcher zeile = STARTZEILE.matcher(String.valueOf(e.getMessage()));
            throw new UngueltigeDatei(List.of((zeile.find() ? "Zeile " + zeile.group(1) + ": " : "")
                    + "Die Datei ist keine gültige CSV-Datei: ein Anführungszeichen ist nicht geschlossen oder steht mitten in einem Feld "
                    + "(Trenner ist das Semikolon; ein Feld mit Semikolon steht ganz in Anführungszeichen)."));
        }
    }

    private static boolean kopfzeile(CSVRecord satz) {
        return String.join(";", satz.toList()).equalsIgnoreCase(KOPFZEILE);
    }

    /**
     * The line the record starts on, counted as an editor shows it (also with quoted line breaks
     * before it). Commons CSV gives the position where it began reading the record, before the
     * empty lines it skips.
     */
    private static long zeilennummer(String text, CSVRecord satz) {
        int position = (int) Math.min(satz.getCharacterPosition(), text.length());
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        return 1 + text.substring(0, position).chars().filter(c -> c == '\n').count();
    }

    private static Altersgruppe altersgruppe(String name) {
        for (Altersgruppe gruppe : Altersgruppe.values()) {
            if (gruppe.name().equals(name)) {
                return gruppe;
            }
        }
        return null;
    }

    private static String sha256(byte[] datei) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datei));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
