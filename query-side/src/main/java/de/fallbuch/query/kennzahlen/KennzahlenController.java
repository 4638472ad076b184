package de.fallbuch.query.kennzahlen;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' figures: for Revision (all Dienststellen) and Sachgebietsleitung (their own), as
 * JSON or, with {@code Accept: text/csv}, as CSV ({@code format=de} for the German number format).
 * Nobody else sees them; nobody sees personal data in them.
 */
@RestController
class KennzahlenController {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway abfragen;
    private final Clock uhr;

    KennzahlenController(QueryGateway abfragen, Clock uhr) {
        this.abfragen = abfragen;
        this.uhr = uhr;
    }

    @GetMapping("/api/kennzahlen")
    ResponseEntity<?> kennzahlen(@RequestParam Optional<String> stichtag, @RequestParam Optional<String> von,
            @RequestParam Optional<String> bis, @RequestParam Optional<String> dienststelle, @RequestParam Optional<String> format,
            @RequestHeader HttpHeaders kopf) {
        Akteur leser = leser();
        if (leser.rolle() != Rolle.REVISION && leser.rolle() != Rolle.SACHGEBIETSLEITUNG) {
            throw new ZugriffVerweigert("KEINE_KENNZAHLEN", "Kennzahlen sehen nur die Revision und die Sachgebietsleitung; "
                    + "in Ihrer Rolle " + leser.rolle().bezeichnung() + " stehen sie Ihnen nicht zur Verfügung.");
        }
        LocalDate tag = stichtag.map(text -> datum("stichtag", text)).orElseGet(() -> LocalDate.now(uhr));
        LocalDate beginn = von.map(text -> datum("von", text)).orElse(tag.withDayOfYear(1));
        LocalDate ende = bis.map(text -> datum("bis", text)).orElse(tag.withDayOfYear(tag.lengthOfYear()));
        if (beginn.isAfter(ende)) {
            throw new UngueltigeAngabe("von", "Der Zeitraum beginnt nach seinem Ende: „von“ (" + DATUM.format(beginn)
                    + ") liegt nach „bis“ (" + DATUM.format(ende) + ").");
        }
        KennzahlenCsv.Format csvFormat = csvFormat(format.orElse(null));
        Set<String> dienststellen = dienststellen(leser, dienststelle.orElse(null));

        Kennzahlen kennzahlen = abfragen.query(new KennzahlenAbfragen(tag, beginn, ende, dienststellen), Kennzahlen.class).join();
        // Only an explicit text/csv asks for CSV: a browser's */* gets JSON.
        if (kopf.getAccept().stream().anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()))) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kennzahlen-" + tag + ".csv\"")
                    .body(KennzahlenCsv.csv(kennzahlen, csvFormat));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(kennzahlen);
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
