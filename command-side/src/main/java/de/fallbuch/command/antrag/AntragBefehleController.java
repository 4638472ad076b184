package de.fallbuch.command.antrag;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragStellen;
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
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on an Antrag (api.md). Fallmanager and Sachgebietsleitung of the Fall's Dienststelle
 * may act; only the Sachgebietsleitung approves a grant. The aggregate checks the legal rules.
 * Every write carries the version the client last saw; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/antraege")
class AntragBefehleController {

    /** Axon numbers an aggregate's events from 0: a newly registered Antrag is at version 0. */
    private static final long VERSION_NACH_EINGANG = 0L;
    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version des Antrags mitsenden.";

    private final CommandGateway befehle;
    private final FallRegister faelle;
    private final AntragRegister antraege;

    AntragBefehleController(CommandGateway befehle, FallRegister faelle, AntragRegister antraege) {
        this.befehle = befehle;
        this.faelle = faelle;
        this.antraege = antraege;
    }

    record VersionAntwort(UUID antragId, long version) {
    }

    record AntragStellenAnfrage(@NotNull(message = "Der Fall, zu dem der Antrag gehört, fehlt.") UUID fallId,
            Leistungsart leistungsart, LocalDate eingangsdatum, Antragskanal kanal) {
    }

    @PostMapping
    ResponseEntity<VersionAntwort> stellen(@Valid @RequestBody AntragStellenAnfrage a) {
        FallRegister.Eintrag fall = faelle.finde(a.fallId())
                .orElseThrow(() -> new Regelverstoss("FALL_UNBEKANNT", Antrag.FALL_UNBEKANNT));
        darfBearbeiten(akteur(), fall.dienststelle());
        UUID antragId = UUID.randomUUID();
        befehle.sendAndWait(new AntragStellen(antragId, a.fallId(), a.leistungsart(), a.eingangsdatum(), a.kanal()));
        return erstellt(antragId, new VersionAntwort(antragId, VERSION_NACH_EINGANG));
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
        bearbeitbar(antragId);
        UUID anforderungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new UnterlagenAnfordern(antragId, a.version(), anforderungId, a.unterlagen(), a.frist(),
                a.mitRechtsfolgenbelehrung() == null || a.mitRechtsfolgenbelehrung(), a.rechtsfolgenbelehrung()));
        return erstellt(antragId, new AnforderungAntwort(antragId, anforderungId, version));
    }

    record UnterlagenEingangAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String bemerkung) {
    }

    @PostMapping("/{antragId}/unterlagen-eingang")
    VersionAntwort unterlagenEingang(@PathVariable UUID antragId, @Valid @RequestBody UnterlagenEingangAnfrage a) {
        bearbeitbar(antragId);
        return senden(antragId, new UnterlagenEingangErfassen(antragId, a.version(), a.eingegangenAm(), a.bemerkung()));
    }

    record BewilligungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Long betragMonatlichCent,
            LocalDate bewilligungVon, LocalDate bewilligungBis, String rechtsgrundlage, String begruendung) {
    }

    record EntscheidungAntwort(UUID antragId, UUID entscheidungId, long version) {
    }

    @PostMapping("/{antragId}/bewilligung")
    ResponseEntity<EntscheidungAntwort> bewilligen(@PathVariable UUID antragId, @Valid @RequestBody BewilligungAnfrage a) {
        bearbeitbar(antragId);
        UUID entscheidungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new AntragBewilligen(antragId, a.version(), entscheidungId, a.betragMonatlichCent(),
                a.bewilligungVon(), a.bewilligungBis(), a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    record EntscheidungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String rechtsgrundlage, String begruendung) {
    }

    @PostMapping("/{antragId}/ablehnung")
    ResponseEntity<EntscheidungAntwort> ablehnen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        bearbeitbar(antragId);
        UUID entscheidungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new AntragAblehnen(antragId, a.version(), entscheidungId, a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    @PostMapping("/{antragId}/versagung")
    ResponseEntity<EntscheidungAntwort> versagen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        bearbeitbar(antragId);
        UUID entscheidungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new AntragVersagen(antragId, a.version(), entscheidungId, a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    record FreigabeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String vermerk) {
    }

    @PostMapping("/{antragId}/freigabe")
    VersionAntwort freigeben(@PathVariable UUID antragId, @Valid @RequestBody FreigabeAnfrage a) {
        Akteur akteur = akteur();
        AntragRegister.Eintrag antrag = bearbeitbar(antragId);
        // Approving is the Sachgebietsleitung's. The person who decided is let through to the
        // aggregate, so that they hear the rule they ran into (Vier-Augen-Prinzip), not just "wrong role".
        boolean hatSelbstEntschieden = akteur.benutzer().equals(antrag.freigabeAusstehendVon());
        if (akteur.rolle() != Rolle.SACHGEBIETSLEITUNG && !hatSelbstEntschieden) {
            throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG", "Eine Bewilligung über der Freigabegrenze gibt die Sachgebietsleitung frei.");
        }
        return senden(antragId, new BewilligungFreigeben(antragId, a.version(), a.vermerk()));
    }

    record BescheidAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate aufgabeZurPostAm, Boolean mitRechtsbehelfsbelehrung) {
    }

    @PostMapping("/{antragId}/bescheid")
    VersionAntwort bescheid(@PathVariable UUID antragId, @Valid @RequestBody BescheidAnfrage a) {
        bearbeitbar(antragId);
        return senden(antragId, new BescheidBekanntgeben(antragId, a.version(), a.aufgabeZurPostAm(), a.mitRechtsbehelfsbelehrung()));
    }

    record WiderspruchAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String begruendung) {
    }

    record WiderspruchAntwort(UUID antragId, UUID widerspruchId, long version) {
    }

    @PostMapping("/{antragId}/widerspruch")
    ResponseEntity<WiderspruchAntwort> widerspruch(@PathVariable UUID antragId, @Valid @RequestBody WiderspruchAnfrage a) {
        bearbeitbar(antragId);
        UUID widerspruchId = UUID.randomUUID();
        long version = befehle.sendAndWait(new WiderspruchEinlegen(antragId, a.version(), widerspruchId, a.eingegangenAm(), a.begruendung()));
        return erstellt(antragId, new WiderspruchAntwort(antragId, widerspruchId, version));
    }

    @PostMapping("/{antragId}/abhilfe")
    ResponseEntity<EntscheidungAntwort> abhilfe(@PathVariable UUID antragId, @Valid @RequestBody BewilligungAnfrage a) {
        bearbeitbar(antragId);
        UUID entscheidungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new WiderspruchAbhelfen(antragId, a.version(), entscheidungId, a.betragMonatlichCent(),
                a.bewilligungVon(), a.bewilligungBis(), a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    @PostMapping("/{antragId}/zurueckweisung")
    VersionAntwort zurueckweisen(@PathVariable UUID antragId, @Valid @RequestBody EntscheidungAnfrage a) {
        bearbeitbar(antragId);
        return senden(antragId, new WiderspruchZurueckweisen(antragId, a.version(), a.rechtsgrundlage(), a.begruendung()));
    }

    record RuecknahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate zurueckgenommenAm, String erklaerung) {
    }

    @PostMapping("/{antragId}/ruecknahme")
    VersionAntwort zuruecknehmen(@PathVariable UUID antragId, @Valid @RequestBody RuecknahmeAnfrage a) {
        bearbeitbar(antragId);
        return senden(antragId, new AntragZuruecknehmen(antragId, a.version(), a.zurueckgenommenAm(), a.erklaerung()));
    }

    record AnhoerungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String anlass, LocalDate frist) {
    }

    record AnhoerungAntwort(UUID antragId, UUID anhoerungId, long version) {
    }

    @PostMapping("/{antragId}/anhoerung")
    ResponseEntity<AnhoerungAntwort> anhoerung(@PathVariable UUID antragId, @Valid @RequestBody AnhoerungAnfrage a) {
        bearbeitbar(antragId);
        UUID anhoerungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new AnhoerungEinleiten(antragId, a.version(), anhoerungId, a.anlass(), a.frist()));
        return erstellt(antragId, new AnhoerungAntwort(antragId, anhoerungId, version));
    }

    record StellungnahmeAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate eingegangenAm, String stellungnahme) {
    }

    @PostMapping("/{antragId}/anhoerung/stellungnahme")
    VersionAntwort stellungnahme(@PathVariable UUID antragId, @Valid @RequestBody StellungnahmeAnfrage a) {
        bearbeitbar(antragId);
        return senden(antragId, new AnhoerungStellungnahmeErfassen(antragId, a.version(), a.eingegangenAm(), a.stellungnahme()));
    }

    record AufhebungAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Das Datum, ab dem die Bewilligung aufgehoben wird, fehlt.") LocalDate aufgehobenAb,
            String rechtsgrundlage, String begruendung) {
    }

    @PostMapping("/{antragId}/aufhebung")
    ResponseEntity<EntscheidungAntwort> aufheben(@PathVariable UUID antragId, @Valid @RequestBody AufhebungAnfrage a) {
        bearbeitbar(antragId);
        UUID entscheidungId = UUID.randomUUID();
        long version = befehle.sendAndWait(new BewilligungAufheben(antragId, a.version(), entscheidungId, a.aufgehobenAb(),
                a.rechtsgrundlage(), a.begruendung()));
        return erstellt(antragId, new EntscheidungAntwort(antragId, entscheidungId, version));
    }

    private VersionAntwort senden(UUID antragId, Object befehl) {
        long version = befehle.sendAndWait(befehl);
        return new VersionAntwort(antragId, version);
    }

    private static <T> ResponseEntity<T> erstellt(UUID antragId, T antwort) {
        return ResponseEntity.created(URI.create("/api/antraege/" + antragId)).body(antwort);
    }

    /** The Antrag exists and the caller may record acts on it. */
    private AntragRegister.Eintrag bearbeitbar(UUID antragId) {
        Akteur akteur = akteur();
        AntragRegister.Eintrag antrag = antraege.finde(antragId)
                .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
        darfBearbeiten(akteur, antrag.dienststelle());
        return antrag;
    }

    private static void darfBearbeiten(Akteur akteur, String dienststelle) {
        if (!akteur.darfFallBearbeiten(dienststelle)) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION -> "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Anträge nicht bearbeiten.";
                        default -> "Der Fall dieses Antrags wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
    }
}
