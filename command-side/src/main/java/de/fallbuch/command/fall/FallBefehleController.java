package de.fallbuch.command.fall;

import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on a Fall (api.md) over HTTP: maps requests to commands and answers; who may act is
 * checked by {@link FallBefehle}, the domain rules by the aggregate. Every write carries the
 * version the client last saw; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/faelle")
class FallBefehleController {

    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version des Falls mitsenden.";

    private final FallBefehle fall;

    FallBefehleController(FallBefehle fall) {
        this.fall = fall;
    }

    record FallEroeffnenAnfrage(@NotNull(message = "Die Angaben zur Person fehlen.") Person person,
            String dienststelle, String anliegen) {
    }

    record FallEroeffnetAntwort(UUID fallId, String aktenzeichen, long version) {
    }

    record VersionAntwort(UUID fallId, long version) {
    }

    @PostMapping
    ResponseEntity<FallEroeffnetAntwort> eroeffnen(@Valid @RequestBody FallEroeffnenAnfrage anfrage) {
        FallBefehle.Eroeffnung eroeffnet = fall.eroeffnen(anfrage.person(), anfrage.dienststelle(), anfrage.anliegen());
        return ResponseEntity.created(URI.create("/api/faelle/" + eroeffnet.fallId()))
                .body(new FallEroeffnetAntwort(eroeffnet.fallId(), eroeffnet.aktenzeichen(), eroeffnet.version()));
    }

    record ErstberatungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String anliegen,
            String ersteSchritte) {
    }

    @PostMapping("/{fallId}/erstberatung")
    VersionAntwort erstberatung(@PathVariable UUID fallId, @Valid @RequestBody ErstberatungAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new ErstberatungDokumentieren(fallId, a.version(), a.datum(), a.anliegen(), a.ersteSchritte())));
    }

    record BeratungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String thema, String inhalt) {
    }

    @PostMapping("/{fallId}/beratungen")
    VersionAntwort beratung(@PathVariable UUID fallId, @Valid @RequestBody BeratungAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new BeratungsgespraechDokumentieren(fallId, a.version(), a.datum(), a.thema(), a.inhalt())));
    }

    record EinzelfallanalyseAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum,
            Set<Hemmnis> hemmnisse, String ressourcen, Erwerbsfaehigkeit erwerbsfaehigkeit, String einschaetzung) {
    }

    @PostMapping("/{fallId}/einzelfallanalyse")
    VersionAntwort einzelfallanalyse(@PathVariable UUID fallId, @Valid @RequestBody EinzelfallanalyseAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new EinzelfallanalyseErstellen(fallId, a.version(), a.datum(), a.hemmnisse(),
                a.ressourcen(), a.erwerbsfaehigkeit(), a.einschaetzung())));
    }

    record VermittlungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Vermittlungspartner partner,
            String partnerBezeichnung, String anlass, boolean einwilligungErteilt, LocalDate einwilligungAm) {
    }

    record VermittlungAntwort(UUID fallId, UUID vermittlungId, long version) {
    }

    @PostMapping("/{fallId}/vermittlungen")
    ResponseEntity<VermittlungAntwort> vermittlung(@PathVariable UUID fallId, @Valid @RequestBody VermittlungAnfrage a) {
        UUID vermittlungId = UUID.randomUUID();
        long version = fall.senden(new VermittlungVeranlassen(fallId, a.version(), vermittlungId, a.partner(),
                a.partnerBezeichnung(), a.anlass(), a.einwilligungErteilt(), a.einwilligungAm()));
        return ResponseEntity.created(URI.create("/api/faelle/" + fallId))
                .body(new VermittlungAntwort(fallId, vermittlungId, version));
    }

    record WiedervorlageAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Das Datum der Wiedervorlage fehlt.") LocalDate faelligAm, String anlass) {
    }

    record WiedervorlageAntwort(UUID fallId, UUID wiedervorlageId, long version) {
    }

    @PostMapping("/{fallId}/wiedervorlagen")
    ResponseEntity<WiedervorlageAntwort> wiedervorlage(@PathVariable UUID fallId, @Valid @RequestBody WiedervorlageAnfrage a) {
        UUID wiedervorlageId = UUID.randomUUID();
        long version = fall.senden(new WiedervorlageSetzen(fallId, a.version(), wiedervorlageId, a.faelligAm(), a.anlass()));
        return ResponseEntity.created(URI.create("/api/faelle/" + fallId))
                .body(new WiedervorlageAntwort(fallId, wiedervorlageId, version));
    }

    record ErledigungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String vermerk) {
    }

    @PostMapping("/{fallId}/wiedervorlagen/{wiedervorlageId}/erledigung")
    VersionAntwort wiedervorlageErledigen(@PathVariable UUID fallId, @PathVariable UUID wiedervorlageId,
            @Valid @RequestBody ErledigungAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new WiedervorlageErledigen(fallId, a.version(), wiedervorlageId, a.vermerk())));
    }

    record FallmanagerAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String neuerFallmanager, String grund) {
    }

    @PostMapping("/{fallId}/fallmanager")
    VersionAntwort fallmanagerWechseln(@PathVariable UUID fallId, @Valid @RequestBody FallmanagerAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new FallmanagerWechseln(fallId, a.version(), a.neuerFallmanager(), a.grund())));
    }

    record AbschlussAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Abschlussgrund grund, String bemerkung) {
    }

    @PostMapping("/{fallId}/abschluss")
    VersionAntwort abschliessen(@PathVariable UUID fallId, @Valid @RequestBody AbschlussAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new FallAbschliessen(fallId, a.version(), a.grund(), a.bemerkung())));
    }

    record WiederaufnahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String grund) {
    }

    @PostMapping("/{fallId}/wiederaufnahme")
    VersionAntwort wiederaufnehmen(@PathVariable UUID fallId, @Valid @RequestBody WiederaufnahmeAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new FallWiederaufnehmen(fallId, a.version(), a.grund())));
    }

    record PersonendatenAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Berichtigungsart art, Person person,
            LocalDate gueltigAb, String grund) {
    }

    /** Art. 16 DSGVO: the complete new data of the person, the kind of change, from when (an update only) and why. */
    @PostMapping("/{fallId}/personendaten")
    VersionAntwort personendaten(@PathVariable UUID fallId, @Valid @RequestBody PersonendatenAnfrage a) {
        return new VersionAntwort(fallId, fall.senden(new PersonendatenBerichtigen(fallId, a.version(), a.art(), a.person(),
                a.gueltigAb(), a.grund())));
    }
}
