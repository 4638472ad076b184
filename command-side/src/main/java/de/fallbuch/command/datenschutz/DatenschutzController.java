package de.fallbuch.command.datenschutz;

import de.fallbuch.kernel.fall.Loeschvorschlag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Retention and erasure over HTTP (README "Datenschutz"); who may act is checked by {@link DatenschutzBefehle}. */
@RestController
class DatenschutzController {

    private final DatenschutzBefehle datenschutz;

    DatenschutzController(DatenschutzBefehle datenschutz) {
        this.datenschutz = datenschutz;
    }

    record LoeschungAnfrage(String rechtsgrundlage, String begruendung) {
    }

    record SperreAnfrage(String grund) {
    }

    record VersionAntwort(UUID fallId, long version) {
    }

    @GetMapping("/api/datenschutz/loeschvorschlaege")
    List<Loeschvorschlag> loeschvorschlaege() {
        return datenschutz.loeschvorschlaege();
    }

    @PostMapping("/api/faelle/{fallId}/loeschung")
    VersionAntwort loeschen(@PathVariable UUID fallId, @RequestBody LoeschungAnfrage a) {
        return new VersionAntwort(fallId, datenschutz.loeschen(fallId, a.rechtsgrundlage(), a.begruendung()));
    }

    @PostMapping("/api/faelle/{fallId}/sperre")
    VersionAntwort sperren(@PathVariable UUID fallId, @RequestBody SperreAnfrage a) {
        return new VersionAntwort(fallId, datenschutz.sperren(fallId, a.grund()));
    }

    @PostMapping("/api/faelle/{fallId}/sperre/aufhebung")
    VersionAntwort entsperren(@PathVariable UUID fallId, @RequestBody SperreAnfrage a) {
        return new VersionAntwort(fallId, datenschutz.entsperren(fallId, a.grund()));
    }
}
