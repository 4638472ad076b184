package de.fallbuch.app.dokumente;

import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallFuerDokumenteOeffnen;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The UI's way to a document (the link on the Fall page, with the session login): the same PDF, checks and
 * access-log row as {@code GET /api/antraege/{id}/dokumente/{dokumentId}}. The browser's PDF viewer shows and
 * prints it.
 */
@Controller
class DokumentSeite {

    private final Dokumente dokumente;
    private final Lesen lesen;

    DokumentSeite(Dokumente dokumente, Lesen lesen) {
        this.dokumente = dokumente;
        this.lesen = lesen;
    }

    @GetMapping("/antraege/{antragId}/dokumente/{dokumentId}")
    ResponseEntity<byte[]> dokument(@PathVariable UUID antragId, @PathVariable UUID dokumentId,
            @RequestParam(defaultValue = "false") boolean download) {
        lesen.einzeln(new FallFuerDokumenteOeffnen(dokumente.fallDesAntrags(antragId), true), FallAnsicht.class);
        return DokumenteController.pdf(dokumente.nachdrucken(antragId, dokumentId), download);
    }
}
