package de.fallbuch.app.dokumente;

import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallFuerDokumenteOeffnen;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of an Antrag: the list and each PDF, by the same need to know as the Fall (query-side {@code Fallakte}, through {@link FallFuerDokumenteOeffnen}:
 * Fallmanager and Sachgebietsleitung of its Dienststelle, Rechtsprüfung everywhere; others {@code 403}). Every
 * read, granted or refused, is recorded in the access log before anything leaves the service.
 */
@RestController
@RequestMapping("/api/antraege/{antragId}/dokumente")
class DokumenteController {

    private final Dokumente dokumente;
    private final Lesen lesen;

    DokumenteController(Dokumente dokumente, Lesen lesen) {
        this.dokumente = dokumente;
        this.lesen = lesen;
    }

    /** One line of the list, with the link to the PDF. */
    record Listeneintrag(UUID dokumentId, String art, String bezeichnung, LocalDate datum, String sha256, String vorlageSha256,
            boolean rechtsbehelfsbelehrung, String link) {
    }

    @GetMapping
    List<Listeneintrag> liste(@PathVariable UUID antragId) {
        lesen.einzeln(new FallFuerDokumenteOeffnen(dokumente.fallDesAntrags(antragId), false), FallAnsicht.class);
        return dokumente.liste(antragId).stream()
                .map(e -> new Listeneintrag(e.dokumentId(), e.art().name(), e.bezeichnung(), e.datum(), e.sha256(), e.vorlageSha256(),
                        e.rechtsbehelfsbelehrung(), "/api/antraege/" + antragId + "/dokumente/" + e.dokumentId()))
                .toList();
    }

    /** The PDF ({@code ?download=true}: as a file to save instead of shown). */
    @GetMapping("/{dokumentId}")
    ResponseEntity<byte[]> dokument(@PathVariable UUID antragId, @PathVariable UUID dokumentId,
            @RequestParam(defaultValue = "false") boolean download) {
        lesen.einzeln(new FallFuerDokumenteOeffnen(dokumente.fallDesAntrags(antragId), true), FallAnsicht.class);
        return pdf(dokumente.nachdrucken(antragId, dokumentId), download);
    }

    /** The PDF answer, shared with the UI's route. */
    static ResponseEntity<byte[]> pdf(Dokumente.Nachdruck nachdruck, boolean download) {
        String datei = nachdruck.aktenzeichen() + "-" + nachdruck.nachweis().art().name().toLowerCase() + "-" + nachdruck.datum() + ".pdf";
        ContentDisposition art = (download ? ContentDisposition.attachment() : ContentDisposition.inline()).filename(datei).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", art.toString())
                .header("X-Dokument-Sha256", nachdruck.nachweis().sha256())
                .header("X-Dokument-Originalgetreu", Boolean.toString(nachdruck.originalgetreu()))
                .body(nachdruck.pdf());
    }
}
