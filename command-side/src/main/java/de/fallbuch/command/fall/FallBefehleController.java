package de.fallbuch.command.fall;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.Hemmnis;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on a Fall (api.md). Checks who may act, then sends the command; the aggregate checks
 * the domain rules. Every write carries the version the client last saw; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/faelle")
class FallBefehleController {

    /** Axon numbers an aggregate's events from 0: a newly opened Fall is at version 0. */
    private static final long VERSION_NACH_EROEFFNUNG = 0L;
    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version des Falls mitsenden.";

    private final CommandGateway befehle;
    private final AktenzeichenVergabe aktenzeichen;
    private final FallRegister register;
    private final FallmanagerVerzeichnis fallmanagerVerzeichnis;

    FallBefehleController(CommandGateway befehle, AktenzeichenVergabe aktenzeichen, FallRegister register,
            FallmanagerVerzeichnis fallmanagerVerzeichnis) {
        this.befehle = befehle;
        this.aktenzeichen = aktenzeichen;
        this.register = register;
        this.fallmanagerVerzeichnis = fallmanagerVerzeichnis;
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
        Akteur akteur = akteur();
        if (akteur.rolle() != Rolle.FALLMANAGER) {
            throw new ZugriffVerweigert("NUR_FALLMANAGER", "Einen Fall eröffnen Fallmanagerinnen und Fallmanager.");
        }
        if (anfrage.dienststelle() != null && !akteur.dienststellen().contains(anfrage.dienststelle())) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE",
                    "Sie sind der Dienststelle „" + anfrage.dienststelle() + "“ nicht zugeordnet.");
        }
        UUID fallId = UUID.randomUUID();
        String neuesAktenzeichen = aktenzeichen.naechstes();
        befehle.sendAndWait(new FallEroeffnen(fallId, neuesAktenzeichen, anfrage.person(), anfrage.dienststelle(),
                akteur.benutzer(), anfrage.anliegen()));
        return ResponseEntity.created(URI.create("/api/faelle/" + fallId))
                .body(new FallEroeffnetAntwort(fallId, neuesAktenzeichen, VERSION_NACH_EROEFFNUNG));
    }

    record ErstberatungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String anliegen,
            String ersteSchritte) {
    }

    @PostMapping("/{fallId}/erstberatung")
    VersionAntwort erstberatung(@PathVariable UUID fallId, @Valid @RequestBody ErstberatungAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new ErstberatungDokumentieren(fallId, a.version(), a.datum(), a.anliegen(), a.ersteSchritte()));
    }

    record BeratungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String thema, String inhalt) {
    }

    @PostMapping("/{fallId}/beratungen")
    VersionAntwort beratung(@PathVariable UUID fallId, @Valid @RequestBody BeratungAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new BeratungsgespraechDokumentieren(fallId, a.version(), a.datum(), a.thema(), a.inhalt()));
    }

    record EinzelfallanalyseAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum,
            Set<Hemmnis> hemmnisse, String ressourcen, Erwerbsfaehigkeit erwerbsfaehigkeit, String einschaetzung) {
    }

    @PostMapping("/{fallId}/einzelfallanalyse")
    VersionAntwort einzelfallanalyse(@PathVariable UUID fallId, @Valid @RequestBody EinzelfallanalyseAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new EinzelfallanalyseErstellen(fallId, a.version(), a.datum(), a.hemmnisse(),
                a.ressourcen(), a.erwerbsfaehigkeit(), a.einschaetzung()));
    }

    record VermittlungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Vermittlungspartner partner,
            String partnerBezeichnung, String anlass, boolean einwilligungErteilt, LocalDate einwilligungAm) {
    }

    record VermittlungAntwort(UUID fallId, UUID vermittlungId, long version) {
    }

    @PostMapping("/{fallId}/vermittlungen")
    ResponseEntity<VermittlungAntwort> vermittlung(@PathVariable UUID fallId, @Valid @RequestBody VermittlungAnfrage a) {
        bearbeitbar(fallId);
        UUID vermittlungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new VermittlungVeranlassen(fallId, a.version(), vermittlungId, a.partner(),
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
        bearbeitbar(fallId);
        UUID wiedervorlageId = UUID.randomUUID();
        long version = befehle.sendAndWait(new WiedervorlageSetzen(fallId, a.version(), wiedervorlageId, a.faelligAm(), a.anlass()));
        return ResponseEntity.created(URI.create("/api/faelle/" + fallId))
                .body(new WiedervorlageAntwort(fallId, wiedervorlageId, version));
    }

    record ErledigungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String vermerk) {
    }

    @PostMapping("/{fallId}/wiedervorlagen/{wiedervorlageId}/erledigung")
    VersionAntwort wiedervorlageErledigen(@PathVariable UUID fallId, @PathVariable UUID wiedervorlageId,
            @Valid @RequestBody ErledigungAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new WiedervorlageErledigen(fallId, a.version(), wiedervorlageId, a.vermerk()));
    }

    record FallmanagerAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String neuerFallmanager, String grund) {
    }

    @PostMapping("/{fallId}/fallmanager")
    VersionAntwort fallmanagerWechseln(@PathVariable UUID fallId, @Valid @RequestBody FallmanagerAnfrage a) {
        FallRegister.Eintrag fall = bearbeitbar(fallId);
        if (akteur().rolle() != Rolle.SACHGEBIETSLEITUNG) {
            throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG", "Einen Fall weist die Sachgebietsleitung neu zu.");
        }
        if (a.neuerFallmanager() != null && !a.neuerFallmanager().isBlank()
                && !fallmanagerVerzeichnis.istFallmanagerIn(a.neuerFallmanager().strip(), fall.dienststelle())) {
            throw new Regelverstoss("KEIN_FALLMANAGER_DER_DIENSTSTELLE", "„" + a.neuerFallmanager().strip()
                    + "“ ist kein Fallmanager der Dienststelle " + fall.dienststelle() + ".");
        }
        return senden(fallId, new FallmanagerWechseln(fallId, a.version(), a.neuerFallmanager(), a.grund()));
    }

    record AbschlussAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Abschlussgrund grund, String bemerkung) {
    }

    @PostMapping("/{fallId}/abschluss")
    VersionAntwort abschliessen(@PathVariable UUID fallId, @Valid @RequestBody AbschlussAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new FallAbschliessen(fallId, a.version(), a.grund(), a.bemerkung()));
    }

    record WiederaufnahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String grund) {
    }

    @PostMapping("/{fallId}/wiederaufnahme")
    VersionAntwort wiederaufnehmen(@PathVariable UUID fallId, @Valid @RequestBody WiederaufnahmeAnfrage a) {
        bearbeitbar(fallId);
        return senden(fallId, new FallWiederaufnehmen(fallId, a.version(), a.grund()));
    }

    private VersionAntwort senden(UUID fallId, Object befehl) {
        long version = befehle.sendAndWait(befehl);
        return new VersionAntwort(fallId, version);
    }

    /** The Fall exists and the caller may record acts on it. */
    private FallRegister.Eintrag bearbeitbar(UUID fallId) {
        Akteur akteur = akteur();
        FallRegister.Eintrag fall = register.finde(fallId)
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
        if (!akteur.darfFallBearbeiten(fall.dienststelle())) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION -> "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Fälle nicht ändern.";
                        default -> "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
        return fall;
    }
}
