package de.fallbuch.command.hilfevereinbarung;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts on a Hilfevereinbarung (api.md) over HTTP: maps requests to commands; who may act
 * (Fallmanager and Sachgebietsleitung of the Fall's Dienststelle) is checked by
 * {@link HilfevereinbarungBefehle}, the domain rules by the aggregate.
 * Goals, measures, duties and services without an id get one here, so they can be referred to
 * later and recognised across Fassungen; a client keeps an entry's id to change it in a
 * Fortschreibung.
 */
@RestController
@RequestMapping("/api/hilfevereinbarungen")
class HilfevereinbarungBefehleController {

    private static final String VERSION_FEHLT = "Die Version fehlt: bitte die zuletzt gelesene Version der Hilfevereinbarung mitsenden.";

    private final HilfevereinbarungBefehle hilfevereinbarung;

    HilfevereinbarungBefehleController(HilfevereinbarungBefehle hilfevereinbarung) {
        this.hilfevereinbarung = hilfevereinbarung;
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
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        UUID hilfevereinbarungId = hilfevereinbarung.entwerfen(a.fallId(), inhalt);
        return ResponseEntity.created(URI.create("/api/hilfevereinbarungen/" + hilfevereinbarungId))
                .body(new InhaltAntwort(hilfevereinbarungId, HilfevereinbarungBefehle.VERSION_NACH_ENTWURF, inhalt));
    }

    record EntwurfAenderungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, List<ZielAngabe> ziele,
            List<MassnahmeAngabe> massnahmen, List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt,
            LocalDate ueberpruefungstermin) {
    }

    @PostMapping("/{id}/entwurf")
    InhaltAntwort entwurfAendern(@PathVariable UUID id, @Valid @RequestBody EntwurfAenderungAnfrage a) {
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        long version = hilfevereinbarung.senden(new EntwurfAendern(id, a.version(), inhalt));
        return new InhaltAntwort(id, version, inhalt);
    }

    record FortschreibungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, String anlass, List<ZielAngabe> ziele,
            List<MassnahmeAngabe> massnahmen, List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt,
            LocalDate ueberpruefungstermin) {
    }

    @PostMapping("/{id}/fortschreibung")
    InhaltAntwort fortschreiben(@PathVariable UUID id, @Valid @RequestBody FortschreibungAnfrage a) {
        Vereinbarungsinhalt inhalt = inhalt(a.ziele(), a.massnahmen(), a.pflichten(), a.leistungenAmt(), a.ueberpruefungstermin());
        long version = hilfevereinbarung.senden(new HilfevereinbarungFortschreiben(id, a.version(), inhalt, a.anlass()));
        return new InhaltAntwort(id, version, inhalt);
    }

    record UnterschriftAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Es fehlt, wer unterschreibt (PERSON oder FALLMANAGER).") Unterzeichner unterzeichner,
            LocalDate datum) {
    }

    /** The office's signature is given by the user who records it; the person signs on paper and the user records that. */
    @PostMapping("/{id}/unterschrift")
    VersionAntwort unterschreiben(@PathVariable UUID id, @Valid @RequestBody UnterschriftAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.unterschreiben(id, a.version(), a.unterzeichner(), a.datum()));
    }

    record DatumAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum) {
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/beginn")
    VersionAntwort massnahmeBeginnen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody DatumAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new MassnahmeBeginnen(id, a.version(), massnahmeId, a.datum())));
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/abschluss")
    VersionAntwort massnahmeAbschliessen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody DatumAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new MassnahmeAbschliessen(id, a.version(), massnahmeId, a.datum())));
    }

    record AbbruchAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String grund) {
    }

    @PostMapping("/{id}/massnahmen/{massnahmeId}/abbruch")
    VersionAntwort massnahmeAbbrechen(@PathVariable UUID id, @PathVariable UUID massnahmeId, @Valid @RequestBody AbbruchAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new MassnahmeAbbrechen(id, a.version(), massnahmeId, a.datum(), a.grund())));
    }

    record ZielErreichtAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String vermerk) {
    }

    @PostMapping("/{id}/ziele/{zielId}/erreicht")
    VersionAntwort zielErreicht(@PathVariable UUID id, @PathVariable UUID zielId, @Valid @RequestBody ZielErreichtAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new ZielerreichungFeststellen(id, a.version(), zielId, a.datum(), a.vermerk())));
    }

    record ZielVerfehltAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String begruendung) {
    }

    @PostMapping("/{id}/ziele/{zielId}/verfehlt")
    VersionAntwort zielVerfehlt(@PathVariable UUID id, @PathVariable UUID zielId, @Valid @RequestBody ZielVerfehltAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new ZielverfehlungFeststellen(id, a.version(), zielId, a.datum(), a.begruendung())));
    }

    record UeberpruefungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String ergebnis,
            LocalDate naechsterTermin) {
    }

    @PostMapping("/{id}/ueberpruefung")
    VersionAntwort ueberpruefung(@PathVariable UUID id, @Valid @RequestBody UeberpruefungAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new UeberpruefungDokumentieren(id, a.version(), a.datum(), a.ergebnis(), a.naechsterTermin())));
    }

    record PflichtverletzungAnfrage(@NotNull(message = VERSION_FEHLT) Long version,
            @NotNull(message = "Es fehlt, welche Pflicht verletzt wurde (pflichtId).") UUID pflichtId, LocalDate datum,
            String sachverhalt, String stellungnahme, boolean stellungnahmeAbgelehnt) {
    }

    @PostMapping("/{id}/pflichtverletzung")
    VersionAntwort pflichtverletzung(@PathVariable UUID id, @Valid @RequestBody PflichtverletzungAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new PflichtverletzungDokumentieren(id, a.version(), a.pflichtId(), a.datum(), a.sachverhalt(),
                a.stellungnahme(), a.stellungnahmeAbgelehnt())));
    }

    record WiderrufAnfrage(@NotNull(message = VERSION_FEHLT) Long version, LocalDate datum, String erklaerung) {
    }

    @PostMapping("/{id}/einwilligungswiderruf")
    VersionAntwort einwilligungswiderruf(@PathVariable UUID id, @Valid @RequestBody WiderrufAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new EinwilligungswiderrufErfassen(id, a.version(), a.datum(), a.erklaerung())));
    }

    record BeendigungAnfrage(@NotNull(message = VERSION_FEHLT) Long version, Beendigungsgrund grund, String bemerkung) {
    }

    @PostMapping("/{id}/beendigung")
    VersionAntwort beenden(@PathVariable UUID id, @Valid @RequestBody BeendigungAnfrage a) {
        return new VersionAntwort(id, hilfevereinbarung.senden(new HilfevereinbarungBeenden(id, a.version(), a.grund(), a.bemerkung())));
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
