package de.fallbuch.command.hilfevereinbarung;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on a Hilfevereinbarung (api.md). Checks who may act (Fallmanager and Sachgebietsleitung
 * of the Fall's Dienststelle), then sends the command; the aggregate checks the domain rules.
 * Goals, measures, duties and services without an id get one here, so they can be referred to
 * later and recognised across Fassungen; a client keeps an entry's id to change it in a
 * Fortschreibung.
 */
@RestController
@RequestMapping("/api/hilfevereinbarungen")
class HilfevereinbarungBefehleController {

    /** Axon numbers an aggregate's events from 0: a new draft is at version 0. */
    private static final long VERSION_NACH_ENTWURF = 0L;
    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version der Hilfevereinbarung mitsenden.";

    private final CommandGateway befehle;
    private final FallRegister faelle;
    private final HilfevereinbarungRegister register;

    HilfevereinbarungBefehleController(CommandGateway befehle, FallRegister faelle, HilfevereinbarungRegister register) {
        this.befehle = befehle;
        this.faelle = faelle;
        this.register = register;
    }

    record ZielAngabe(UUID zielId, String beschreibung, LocalDate zieldatum) {
    }

    record MassnahmeAngabe(UUID massnahmeId, Massnahmenart art, String beschreibung, Verantwortung verantwortlich,
            String partnerBezeichnung, LocalDate geplanterBeginn, LocalDate geplantesEnde) {
    }

    /** A duty, as an object or simply as its text. */
    record PflichtAngabe(UUID pflichtId, String beschreibung) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        PflichtAngabe {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PflichtAngabe ausText(String beschreibung) {
            return new PflichtAngabe(null, beschreibung);
        }
    }

    /** A service of the office, as an object or simply as its text. */
    record LeistungAngabe(UUID leistungId, String beschreibung) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        LeistungAngabe {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static LeistungAngabe ausText(String beschreibung) {
            return new LeistungAngabe(null, beschreibung);
        }
    }

    record EntwurfAnfrage(@NotNull(message = "Der Fall fehlt: bitte die Kennung des Falls (fallId) angeben.") UUID fallId,
            List<ZielAngabe> ziele, List<MassnahmeAngabe> massnahmen, List<PflichtAngabe> pflichten,
            List<LeistungAngabe> leistungenAmt, LocalDate ueberpruefungstermin) {
    }

    /** The content as it was sent to the aggregate, with every entry's id. */
    record InhaltAntwort(UUID hilfevereinbarungId, long version, Vereinbarungsinhalt inhalt) {
    }

    record VersionAntwort(UUID hilfevereinbarungId, long version) {
    }

    @PostMapping
    ResponseEntity<InhaltAntwort> entwerfen(@Valid @RequestBody EntwurfAnfrage a) {
        Akteur akteur = akteur();
        FallRegister.Eintrag fall = faelle.finde(a.fallId())
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
        darfBearbeiten(akteur, fall.dienststelle());
        UUID hilfevereinbarungId = UUID.randomUUID();
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        befehle.sendAndWait(new HilfevereinbarungEntwerfen(hilfevereinbarungId, a.fallId(), inhalt));
        return ResponseEntity.created(URI.create("/api/hilfevereinbarungen/" + hilfevereinbarungId))
                .body(new InhaltAntwort(hilfevereinbarungId, VERSION_NACH_ENTWURF, inhalt));
    }

    record EntwurfAenderungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, List<ZielAngabe> ziele,
            List<MassnahmeAngabe> massnahmen, List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt,
            LocalDate ueberpruefungstermin) {
    }

    @PostMapping("/{id}/entwurf")
    InhaltAntwort entwurfAendern(@PathVariable UUID id, @Valid @RequestBody EntwurfAenderungAnfrage a) {
        bearbeitbar(id);
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        long version = befehle.sendAndWait(new EntwurfAendern(id, a.version(), inhalt));
        return new InhaltAntwort(id, version, inhalt);
    }

    record FortschreibungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String anlass, List<ZielAngabe> ziele,
            List<MassnahmeAngabe> massnahmen, List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt,
            LocalDate ueberpruefungstermin) {
    }

    @PostMapping("/{id}/fortschreibung")
    InhaltAntwort fortschreiben(@PathVariable UUID id, @Valid @RequestBody FortschreibungAnfrage a) {
        bearbeitbar(id);
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        long version = befehle.sendAndWait(new HilfevereinbarungFortschreiben(id, a.version(), inhalt, a.anlass()));
        return new InhaltAntwort(id, version, inhalt);
    }

    record UnterschriftAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Es fehlt, wer unterschreibt (PERSON oder FALLMANAGER).") Unterzeichner unterzeichner,
            LocalDate datum) {
    }

    /** The office's signature is given by the user who records it; the person signs on paper and the user records that. */
    @PostMapping("/{id}/unterschrift")
    VersionAntwort unterschreiben(@PathVariable UUID id, @Valid @RequestBody UnterschriftAnfrage a) {
        bearbeitbar(id);
        return senden(id, new HilfevereinbarungUnterzeichnen(id, a.version(), a.unterzeichner(), a.datum(),
                a.unterzeichner() == Unterzeichner.FALLMANAGER ? akteur().benutzer() : null));
    }

    record DatumAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum) {
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/beginn")
    VersionAntwort massnahmeBeginnen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody DatumAnfrage a) {
        bearbeitbar(id);
        return senden(id, new MassnahmeBeginnen(id, a.version(), massnahmeId, a.datum()));
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/abschluss")
    VersionAntwort massnahmeAbschliessen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody DatumAnfrage a) {
        bearbeitbar(id);
        return senden(id, new MassnahmeAbschliessen(id, a.version(), massnahmeId, a.datum()));
    }

    record AbbruchAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String grund) {
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/abbruch")
    VersionAntwort massnahmeAbbrechen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody AbbruchAnfrage a) {
        bearbeitbar(id);
        return senden(id, new MassnahmeAbbrechen(id, a.version(), massnahmeId, a.datum(), a.grund()));
    }

    record ZielErreichtAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String vermerk) {
    }

    @PostMapping("/{id}/ziele/{zielId}/erreicht")
    VersionAntwort zielErreicht(@PathVariable UUID id, @PathVariable UUID zielId, @Valid @RequestBody ZielErreichtAnfrage a) {
        bearbeitbar(id);
        return senden(id, new ZielerreichungFeststellen(id, a.version(), zielId, a.datum(), a.vermerk()));
    }

    record ZielVerfehltAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String begruendung) {
    }

    @PostMapping("/{id}/ziele/{zielId}/verfehlt")
    VersionAntwort zielVerfehlt(@PathVariable UUID id, @PathVariable UUID zielId, @Valid @RequestBody ZielVerfehltAnfrage a) {
        bearbeitbar(id);
        return senden(id, new ZielverfehlungFeststellen(id, a.version(), zielId, a.datum(), a.begruendung()));
    }

    record UeberpruefungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String ergebnis,
            LocalDate naechsterTermin) {
    }

    @PostMapping("/{id}/ueberpruefung")
    VersionAntwort ueberpruefung(@PathVariable UUID id, @Valid @RequestBody UeberpruefungAnfrage a) {
        bearbeitbar(id);
        return senden(id, new UeberpruefungDokumentieren(id, a.version(), a.datum(), a.ergebnis(), a.naechsterTermin()));
    }

    record PflichtverletzungAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Es fehlt, welche Pflicht verletzt wurde (pflichtId).") UUID pflichtId, LocalDate datum,
            String sachverhalt, String stellungnahme, boolean stellungnahmeAbgelehnt) {
    }

    @PostMapping("/{id}/pflichtverletzung")
    VersionAntwort pflichtverletzung(@PathVariable UUID id, @Valid @RequestBody PflichtverletzungAnfrage a) {
        bearbeitbar(id);
        return senden(id, new PflichtverletzungDokumentieren(id, a.version(), a.pflichtId(), a.datum(), a.sachverhalt(),
                a.stellungnahme(), a.stellungnahmeAbgelehnt()));
    }

    record WiderrufAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String erklaerung) {
    }

    @PostMapping("/{id}/einwilligungswiderruf")
    VersionAntwort einwilligungswiderruf(@PathVariable UUID id, @Valid @RequestBody WiderrufAnfrage a) {
        bearbeitbar(id);
        return senden(id, new EinwilligungswiderrufErfassen(id, a.version(), a.datum(), a.erklaerung()));
    }

    record BeendigungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Beendigungsgrund grund, String bemerkung) {
    }

    @PostMapping("/{id}/beendigung")
    VersionAntwort beenden(@PathVariable UUID id, @Valid @RequestBody BeendigungAnfrage a) {
        bearbeitbar(id);
        return senden(id, new HilfevereinbarungBeenden(id, a.version(), a.grund(), a.bemerkung()));
    }

    private VersionAntwort senden(UUID id, Object befehl) {
        long version = befehle.sendAndWait(befehl);
        return new VersionAntwort(id, version);
    }

    /** The agreement exists and the caller may record acts on it. */
    private void bearbeitbar(UUID id) {
        Akteur akteur = akteur();
        HilfevereinbarungRegister.Eintrag eintrag = register.finde(id)
                .orElseThrow(() -> new NichtGefunden("HILFEVEREINBARUNG_UNBEKANNT", "Eine Hilfevereinbarung mit dieser Kennung gibt es nicht."));
        darfBearbeiten(akteur, eintrag.dienststelle());
    }

    private static void darfBearbeiten(Akteur akteur, String dienststelle) {
        if (!akteur.darfFallBearbeiten(dienststelle)) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION, ADMIN ->
                                "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Hilfevereinbarungen nicht ändern.";
                        default -> "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
    }

    /**
     * Builds the content from the request, giving new entries an id. A value the content refuses is
     * reported with its place in the request ({@code massnahmen[1].partnerBezeichnung}), so a form
     * can show the message next to the right field.
     */
    private static Vereinbarungsinhalt inhalt(List<ZielAngabe> ziele, List<MassnahmeAngabe> massnahmen,
            List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt, LocalDate ueberpruefungstermin) {
        return new Vereinbarungsinhalt(
                eintraege(ziele, "ziele", z -> new Ziel(kennung(z.zielId()), z.beschreibung(), z.zieldatum())),
                eintraege(massnahmen, "massnahmen", m -> new Massnahme(kennung(m.massnahmeId()), m.art(), m.beschreibung(),
                        m.verantwortlich(), m.partnerBezeichnung(), m.geplanterBeginn(), m.geplantesEnde())),
                eintraege(pflichten, "pflichten", p -> new Pflicht(kennung(p.pflichtId()), p.beschreibung())),
                eintraege(leistungenAmt, "leistungenAmt", l -> new LeistungAmt(kennung(l.leistungId()), l.beschreibung())),
                ueberpruefungstermin);
    }

    private static <A, T> List<T> eintraege(List<A> angaben, String feld, Function<A, T> umwandlung) {
        List<T> eintraege = new ArrayList<>();
        if (angaben == null) {
            return eintraege;
        }
        for (int i = 0; i < angaben.size(); i++) {
            String ort = feld + "[" + i + "]";
            if (angaben.get(i) == null) {
                throw new UngueltigeAngabe(ort, "Der Eintrag " + ort + " ist leer.");
            }
            try {
                eintraege.add(umwandlung.apply(angaben.get(i)));
            } catch (UngueltigeAngabe e) {
                throw new UngueltigeAngabe(ort + "." + e.feld(), e.getMessage());
            }
        }
        return eintraege;
    }

    private static UUID kennung(UUID gegeben) {
        return gegeben != null ? gegeben : UUID.randomUUID();
    }
}
