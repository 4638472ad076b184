package de.fallbuch.app.oberflaeche.kennzahlen;

import de.fallbuch.app.oberflaeche.Angemeldet;
import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAlsCsv;
import de.fallbuch.kernel.kennzahlen.KennzahlenAuswerten;
import de.fallbuch.kernel.kennzahlen.KennzahlenCsvDatei;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' page: the Kennzahlen as German tables and CSS bar charts, with the filter and a CSV
 * download. Who sees which Dienststellen and how the filter is read is decided on the query side,
 * by the same queries ({@link KennzahlenAuswerten}, {@link KennzahlenAlsCsv}) as GET /api/kennzahlen; this controller only
 * reads German dates and puts the service's refusals next to the field. The figures carry no
 * personal data, so neither does the page.
 */
@Controller
class KennzahlenSeite {

    private final Lesen lesen;
    private final Formate formate;

    KennzahlenSeite(Lesen lesen, Formate formate) {
        this.lesen = lesen;
        this.formate = formate;
    }

    @GetMapping("/kennzahlen")
    String kennzahlen(@ModelAttribute("angemeldet") Angemeldet angemeldet, @RequestParam Optional<String> stichtag,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> dienststelle,
            Model model, HttpServletResponse antwort) {
        pruefeRolle(angemeldet);
        model.addAttribute("stichtag", stichtag.orElse(""));
        model.addAttribute("von", von.orElse(""));
        model.addAttribute("bis", bis.orElse(""));
        model.addAttribute("dienststelle", dienststelle.orElse(""));
        try {
            Kennzahlen kennzahlen = auswerten(stichtag, von, bis, dienststelle);
            model.addAttribute("kennzahlen", kennzahlen);
            model.addAttribute("diagramme", Diagramme.aus(kennzahlen, formate));
            model.addAttribute("feldfehler", Map.of());
        } catch (UngueltigeAngabe e) {
            antwort.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("feldfehler", Map.of(e.feld(), e.getMessage()));
        } catch (ZugriffVerweigert e) {
            if (!"FREMDE_DIENSTSTELLE".equals(e.code())) {
                throw e;
            }
            antwort.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("feldfehler", Map.of("dienststelle", e.getMessage()));
        }
        return "kennzahlen/kennzahlen";
    }

    /** The same CSV as the API gives, in the German format (semicolon, decimal comma) spreadsheets here expect. */
    @GetMapping("/kennzahlen/kennzahlen.csv")
    ResponseEntity<String> csv(@ModelAttribute("angemeldet") Angemeldet angemeldet, @RequestParam Optional<String> stichtag,
            @RequestParam Optional<String> von, @RequestParam Optional<String> bis, @RequestParam Optional<String> dienststelle) {
        pruefeRolle(angemeldet);
        KennzahlenCsvDatei csv = lesen.einzeln(new KennzahlenAlsCsv(iso("stichtag", stichtag), iso("von", von), iso("bis", bis),
                dienststelle.map(Eingaben::text).orElse(null), "de"), KennzahlenCsvDatei.class);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kennzahlen-" + csv.stichtag() + ".csv\"")
                .body(csv.inhalt());
    }

    private static void pruefeRolle(Angemeldet angemeldet) {
        if (angemeldet == null || !angemeldet.siehtKennzahlen()) {
            throw new ZugriffVerweigert("KEINE_KENNZAHLEN", "Die Kennzahlen sehen die Revision und die Sachgebietsleitung.");
        }
    }

    /** Empty fields mean "default" (the form sends them empty); dates may be typed TT.MM.JJJJ. */
    private Kennzahlen auswerten(Optional<String> stichtag, Optional<String> von, Optional<String> bis, Optional<String> dienststelle) {
        return lesen.einzeln(new KennzahlenAuswerten(iso("stichtag", stichtag), iso("von", von), iso("bis", bis),
                dienststelle.map(Eingaben::text).orElse(null), null), Kennzahlen.class);
    }

    private static String iso(String feld, Optional<String> wert) {
        LocalDate datum = wert.map(w -> Eingaben.datum(feld, w)).orElse(null);
        return datum == null ? null : datum.toString();
    }
}
