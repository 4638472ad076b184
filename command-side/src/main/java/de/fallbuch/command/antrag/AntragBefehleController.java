package de.fallbuch.command.antrag;

import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Leistungsart;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on an Antrag (api.md) over HTTP: maps requests to commands and answers; who may act is
 * checked by {@link AntragBefehle}, the legal rules by the aggregate. Every write carries the
 * version the client last saw; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/antraege")
class AntragBefehleController {

    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version des Antrags mitsenden.";

    private final AntragBefehle antrag;

    AntragBefehleController(AntragBefehle antrag) {
        this.antrag = antrag;
    }

    record VersionAntwort(UUID antragId, long version) {
    }

    record AntragStellenAnfrage(@NotNull(message = "Der Fall, zu dem der Antrag gehört, fehlt.") UUID fallId,
            Leistungsart leistungsart, LocalDate eingangsdatum, Antragskanal kanal, LocalDate kenntnisAm, String kenntnisQuelle) {
    }

    @PostMapping
    ResponseEntity<VersionAntwort> stellen(@Valid @RequestBody AntragStellenAnfrage a) {
        UUID antragId = antrag.stellen(a.fallId(), a.leistungsart(), a.eingangsdatum(), a.kanal(), a.kenntnisAm(), a.kenntnisQuelle());
        return erstellt(antragId, new VersionAntwort(antragId, AntragBefehle.VERSION_NACH_EINGANG));
    }

    record UnterlagenAnforderungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, List<String> unterlagen,
            LocalDate frist, Boolean mitRechtsfolgenbelehrung, String rechtsfolgenbelehrung) {
    }

    record AnforderungAntwort(UUID antragId, UUID anforderungId, long version) {
    }

    /** Without {@code mitRechtsfolgenbelehrung} the request carries the written warning: that is the office's rule. */
    @PostMapping("/{antragId}/unterlagen-anforderung")
    ResponseEntity<AnforderungAntwort> unterlagenAnfordern(@PathVariable UUID antragId,
            @Valid @RequestBody UnterlagenAnforderungAnfrage a) {
        UUID anforderungId = UUID.randomUUID();
        long version = antrag.senden(new UnterlagenAnfordern(antragId, a.version(), anforderungId, a.unterlagen(), a.frist(),
                a.mitRechtsfolgenbelehrung() == null || a.mitRechtsfolgenbelehrung(), a.rechtsfolgenbelehrung()));
        return erstellt(antragId, new AnforderungAntwort(antragId, anforderungId, version));
    }

    record UnterlagenEingangAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String bemerkung) {
    }

    @PostMapping("/{antragId}/unterlagen-eingang")
    VersionAntwort unterlagenEingang(@PathVariable UUID antragId, @Valid @RequestBody UnterlagenEingangAnfrage a) {
        return senden(antragId, antrag.senden(new UnterlagenEingangErfassen(antragId, a.version(), a.eingegangenAm(), a.bemerkung())));
    }

    record BewilligungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Long betragMonatlichCent,
            LocalDate bewilligungVon, LocalDate bewilligungBis, String rechtsgrundlage, String begruendung) {
    }

    record EntscheidungAntwort(UUID antragId, UUID entscheidungId, long version) {
    }

    @PostMapping("/{antragId}/bewilligung")
    ResponseEntity<EntscheidungAntwort> bewilligen(@PathVariable UUID antragId, @Valid @RequestBody BewilligungAnfrage a) {
        UUID entscheidungId = UUID.randomUUID();
        long version = antrag.senden(new AntragBewilligen(antragId, a.version(), entscheidungId, a.betragMonatlichCent(),
                a.bewilligungVon(), a.bewilligungBis(), a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    record EntscheidungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String rechtsgrundlage, String begruendung) {
    }

    @PostMapping("/{antragId}/ablehnung")
    ResponseEntity<EntscheidungAntwort> ablehnen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        UUID entscheidungId = UUID.randomUUID();
        long version = antrag.senden(new AntragAblehnen(antragId, a.version(), entscheidungId, a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    @PostMapping("/{antragId}/versagung")
    ResponseEntity<EntscheidungAntwort> versagen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        UUID entscheidungId = UUID.randomUUID();
        long version = antrag.senden(new AntragVersagen(antragId, a.version(), entscheidungId, a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    record FreigabeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String vermerk) {
    }

    @PostMapping("/{antragId}/freigabe")
    VersionAntwort freigeben(@PathVariable UUID antragId, @Valid @RequestBody FreigabeAnfrage a) {
        return senden(antragId, antrag.senden(new BewilligungFreigeben(antragId, a.version(), a.vermerk())));
    }

    record BescheidAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate aufgabeZurPostAm, Boolean mitRechtsbehelfsbelehrung) {
    }

    @PostMapping("/{antragId}/bescheid")
    VersionAntwort bescheid(@PathVariable UUID antragId, @Valid @RequestBody BescheidAnfrage a) {
        return senden(antragId, antrag.senden(new BescheidBekanntgeben(antragId, a.version(), a.aufgabeZurPostAm(), a.mitRechtsbehelfsbelehrung())));
    }

    record WiderspruchAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String begruendung) {
    }

    record WiderspruchAntwort(UUID antragId, UUID widerspruchId, long version) {
    }

    @PostMapping("/{antragId}/widerspruch")
    ResponseEntity<WiderspruchAntwort> widerspruch(@PathVariable UUID antragId, @Valid @RequestBody WiderspruchAnfrage a) {
        UUID widerspruchId = UUID.randomUUID();
        long version = antrag.senden(new WiderspruchEinlegen(antragId, a.version(), widerspruchId, a.eingegangenAm(), a.begruendung()));
        return erstellt(antragId, new WiderspruchAntwort(antragId, widerspruchId, version));
    }

    @PostMapping("/{antragId}/abhilfe")
    ResponseEntity<EntscheidungAntwort> abhilfe(@PathVariable UUID antragId, @Valid @RequestBody BewilligungAnfrage a) {
        UUID entscheidungId = UUID.randomUUID();
        long version = antrag.senden(new WiderspruchAbhelfen(antragId, a.version(), entscheidungId, a.betragMonatlichCent(),
                a.bewilligungVon(), a.bewilligungBis(), a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    @PostMapping("/{antragId}/zurueckweisung")
    VersionAntwort zurueckweisen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        return senden(antragId, antrag.senden(new WiderspruchZurueckweisen(antragId, a.version(), a.rechtsgrundlage(), a.begruendung())));
    }

    record RuecknahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate zurueckgenommenAm, String erklaerung) {
    }

    @PostMapping("/{antragId}/ruecknahme")
    VersionAntwort zuruecknehmen(@PathVariable UUID antragId, @Valid @RequestBody RuecknahmeAnfrage a) {
        return senden(antragId, antrag.senden(new AntragZuruecknehmen(antragId, a.version(), a.zurueckgenommenAm(), a.erklaerung())));
    }

    record AnhoerungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String anlass, LocalDate frist) {
    }

    record AnhoerungAntwort(UUID antragId, UUID anhoerungId, long version) {
    }

    @PostMapping("/{antragId}/anhoerung")
    ResponseEntity<AnhoerungAntwort> anhoerung(@PathVariable UUID antragId, @Valid @RequestBody AnhoerungAnfrage a) {
        UUID anhoerungId = UUID.randomUUID();
        long version = antrag.senden(new AnhoerungEinleiten(antragId, a.version(), anhoerungId, a.anlass(), a.frist()));
        return erstellt(antragId, new AnhoerungAntwort(antragId, anhoerungId, version));
    }

    record StellungnahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String stellungnahme) {
    }

    @PostMapping("/{antragId}/anhoerung/stellungnahme")
    VersionAntwort stellungnahme(@PathVariable UUID antragId, @Valid @RequestBody StellungnahmeAnfrage a) {
        return senden(antragId, antrag.senden(new AnhoerungStellungnahmeErfassen(antragId, a.version(), a.eingegangenAm(), a.stellungnahme())));
    }

    record AufhebungAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Das Datum, ab dem die Bewilligung aufgehoben wird, fehlt.") LocalDate aufgehobenAb,
            String rechtsgrundlage, String begruendung) {
    }

    @PostMapping("/{antragId}/aufhebung")
    ResponseEntity<EntscheidungAntwort> aufheben(@PathVariable UUID antragId, @Valid @RequestBody AufhebungAnfrage a) {
        UUID entscheidungId = UUID.randomUUID();
        long version = antrag.senden(new BewilligungAufheben(antragId, a.version(), entscheidungId, a.aufgehobenAb(),
                a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    private static VersionAntwort senden(UUID antragId, long version) {
        return new VersionAntwort(antragId, version);
    }

    private static <T> ResponseEntity<T> erstellt(UUID antragId, T antwort) {
        return ResponseEntity.created(URI.create("/api/antraege/" + antragId)).body(antwort);
    }
}
