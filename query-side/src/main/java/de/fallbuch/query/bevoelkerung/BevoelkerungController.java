package de.fallbuch.query.bevoelkerung;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The population figures: loaded by the Administration as CSV ({@code PUT}, {@code text/csv}),
 * read by those who work with figures.
 */
@RestController
class BevoelkerungController {

    private final Bevoelkerungsdaten daten;

    BevoelkerungController(Bevoelkerungsdaten daten) {
        this.daten = daten;
    }

    @PutMapping(path = "/api/bevoelkerung", consumes = {"text/csv", "text/plain"})
    Bevoelkerungsdaten.Ergebnis laden(@RequestBody byte[] datei) {
        Akteur akteur = leser();
        if (akteur.rolle() != Rolle.ADMIN) {
            throw new ZugriffVerweigert("NUR_ADMINISTRATION", "Bevölkerungszahlen lädt die Administration.");
        }
        return daten.laden(datei, akteur.benutzer());
    }

    @GetMapping("/api/bevoelkerung")
    List<Bevoelkerungsdaten.Zeile> lesen(@RequestParam Optional<Integer> jahr) {
        Rolle rolle = leser().rolle();
        if (rolle == Rolle.FALLMANAGER || rolle == Rolle.RECHTSPRUEFUNG) {
            throw new ZugriffVerweigert("KEINE_KENNZAHLEN", "Bevölkerungszahlen sehen Revision, Sachgebietsleitung und Administration.");
        }
        return daten.alle(jahr.orElse(null));
    }

    @ExceptionHandler(Bevoelkerungsdaten.UngueltigeDatei.class)
    ProblemDetail ungueltig(Bevoelkerungsdaten.UngueltigeDatei e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage() + " " + String.join(" ", e.fehler()));
        problem.setTitle("Ungültige Anfrage");
        problem.setProperty("code", "UNGUELTIGE_DATEI");
        problem.setProperty("fehler", e.fehler().stream().map(meldung -> Map.of("feld", "datei", "meldung", meldung)).toList());
        return problem;
    }
}
