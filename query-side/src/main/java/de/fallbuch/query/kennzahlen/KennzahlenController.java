package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAlsCsv;
import de.fallbuch.kernel.kennzahlen.KennzahlenAuswerten;
import de.fallbuch.kernel.kennzahlen.KennzahlenCsvDatei;
import de.fallbuch.query.common.Abfrageergebnis;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
 * Nobody else sees them; nobody sees personal data in them. Access and filter rules live in
 * {@link Kennzahlenauswertung}, which the UI uses too.
 */
@RestController
class KennzahlenController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway abfragen;

    KennzahlenController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/api/kennzahlen")
    ResponseEntity<?> kennzahlen(@RequestParam Optional<String> stichtag, @RequestParam Optional<String> von,
            @RequestParam Optional<String> bis, @RequestParam Optional<String> dienststelle, @RequestParam Optional<String> format,
            @RequestHeader HttpHeaders kopf) {
        // Same order of refusals as before the extraction: role, dates, period, format, Dienststelle.
        // Only an explicit text/csv asks for CSV: a browser's */* gets JSON.
        if (kopf.getAccept().stream().anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()))) {
            KennzahlenCsvDatei csv = Abfrageergebnis.von(abfragen.query(new KennzahlenAlsCsv(stichtag.orElse(null), von.orElse(null),
                    bis.orElse(null), dienststelle.orElse(null), format.orElse(null)), KennzahlenCsvDatei.class));
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kennzahlen-" + csv.stichtag() + ".csv\"")
                    .body(csv.inhalt());
        }
        Kennzahlen kennzahlen = Abfrageergebnis.von(abfragen.query(new KennzahlenAuswerten(stichtag.orElse(null), von.orElse(null),
                bis.orElse(null), dienststelle.orElse(null), format.orElse(null)), Kennzahlen.class));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(kennzahlen);
    }
}
