package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAlsCsv;
import de.fallbuch.kernel.kennzahlen.KennzahlenAuswerten;
import de.fallbuch.kernel.kennzahlen.KennzahlenCsvDatei;
import de.fallbuch.query.common.Abfrageergebnis;
import de.fallbuch.query.common.AktuellerLeser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Service;

/**
 * Who may see which figures, and how the filter is read: answers {@link KennzahlenAuswerten} and
 * {@link KennzahlenAlsCsv} for the REST API and the UI's Kennzahlen page alike, so both answer with the same figures and the same refusals. Revision sees
 * all Dienststellen, the Sachgebietsleitung its own; nobody else sees figures.
 */
@Service
public class Kennzahlenauswertung {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final QueryGateway abfragen;
    private final Clock uhr;

    Kennzahlenauswertung(QueryGateway abfragen, Clock uhr) {
        this.abfragen = abfragen;
        this.uhr = uhr;
    }

    /**
     * The figures for the current reader. Absent (null) filter values take their defaults: today,
     * the Stichtag's calendar year, all the reader's Dienststellen. Dates are ISO (JJJJ-MM-TT), as
     * both the API and the browser's date fields send them.
     *
     * @throws ZugriffVerweigert if the reader's role sees no figures or the Dienststelle is not theirs
     * @throws UngueltigeAngabe  naming the field that cannot be read
     */
    @QueryHandler
    Kennzahlen handle(KennzahlenAuswerten abfrage, MetaData metadaten) {
        return auswerten(AktuellerLeser.aus(metadaten), abfrage.stichtag(), abfrage.von(), abfrage.bis(), abfrage.dienststelle(),
                abfrage.format());
    }

    @QueryHandler
    KennzahlenCsvDatei handle(KennzahlenAlsCsv abfrage, MetaData metadaten) {
        Kennzahlen kennzahlen = auswerten(AktuellerLeser.aus(metadaten), abfrage.stichtag(), abfrage.von(), abfrage.bis(),
                abfrage.dienststelle(), abfrage.format());
        return new KennzahlenCsvDatei(kennzahlen.stichtag(), csv(kennzahlen, abfrage.format()));
    }

    /**
     * As {@link #auswerten(String, String, String, String)}, and refuses an unknown CSV
     * {@code format} before the figures are computed.
     */
    Kennzahlen auswerten(Akteur leser, String stichtag, String von, String bis, String dienststelle, String format) {
        if (leser.rolle() != Rolle.REVISION && leser.rolle() != Rolle.SACHGEBIETSLEITUNG) {
            throw new ZugriffVerweigert("KEINE_KENNZAHLEN", "Kennzahlen sehen nur die Revision und die Sachgebietsleitung; "
                    + "in Ihrer Rolle " + leser.rolle().bezeichnung() + " stehen sie Ihnen nicht zur Verfügung.");
        }
        LocalDate tag = stichtag == null ? LocalDate.now(uhr) : datum("stichtag", stichtag);
        LocalDate beginn = von == null ? tag.withDayOfYear(1) : datum("von", von);
        LocalDate ende = bis == null ? tag.withDayOfYear(tag.lengthOfYear()) : datum("bis", bis);
        if (beginn.isAfter(ende)) {
            throw new UngueltigeAngabe("von", "Der Zeitraum beginnt nach seinem Ende: „von“ (" + DATUM.format(beginn)
                    + ") liegt nach „bis“ (" + DATUM.format(ende) + ").");
        }
        csvFormat(format);
        Set<String> dienststellen = dienststellen(leser, dienststelle);
        return Abfrageergebnis.von(abfragen.query(new KennzahlenAbfragen(tag, beginn, ende, dienststellen), Kennzahlen.class));
    }

    /** The figures as CSV: {@code format} "de" (semicolon, decimal comma) or "international" (default). */
    String csv(Kennzahlen kennzahlen, String format) {
        return KennzahlenCsv.csv(kennzahlen, csvFormat(format));
    }

    /** Revision sees every Dienststelle, the Sachgebietsleitung only its own. */
    private static Set<String> dienststellen(Akteur leser, String dienststelle) {
        if (dienststelle != null && dienststelle.isBlank()) {
            throw new UngueltigeAngabe("dienststelle", "Die Dienststelle ist leer. Ohne Angabe werden alle Ihre Dienststellen ausgewertet.");
        }
        String gewaehlt = dienststelle == null ? null : dienststelle.strip();
        if (leser.rolle() == Rolle.REVISION) {
            return gewaehlt == null ? Set.of() : Set.of(gewaehlt);
        }
        if (gewaehlt == null) {
            return leser.dienststellen();
        }
        if (!leser.dienststellen().contains(gewaehlt)) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE", "Die Dienststelle " + gewaehlt + " gehört nicht zu Ihren Dienststellen.");
        }
        return Set.of(gewaehlt);
    }

    private static KennzahlenCsv.Format csvFormat(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("international")) {
            return KennzahlenCsv.Format.INTERNATIONAL;
        }
        if (format.equalsIgnoreCase("de")) {
            return KennzahlenCsv.Format.DEUTSCH;
        }
        throw new UngueltigeAngabe("format", "Unbekanntes Format „" + format + "“: zulässig sind „de“ (Semikolon, Dezimalkomma) "
                + "und „international“ (Komma, Dezimalpunkt).");
    }

    private static LocalDate datum(String feld, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UngueltigeAngabe(feld, "„" + text + "“ ist kein gültiges Datum für „" + feld + "“; erwartet wird JJJJ-MM-TT, z. B. 2026-12-31.");
        }
    }
}
