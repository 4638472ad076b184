package de.fallbuch.app.oberflaeche.fall;

import static de.fallbuch.app.oberflaeche.Formularausfuehrung.ausfuehren;

import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.app.oberflaeche.Lesen;
import de.fallbuch.command.fall.FallBefehle;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FaelleSuchen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallZeile;
import de.fallbuch.kernel.fall.Fallseite;
import de.fallbuch.kernel.fall.FallseiteAbfragen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.query.common.Lesestand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finding, opening and reading a Fall, and the forms for the Fall's own acts. Reading sends the
 * kernel's queries ({@link FaelleSuchen}, {@link FallseiteAbfragen}) through the QueryGateway, whose
 * handlers decide who may and record the read; writing goes through {@link FallBefehle}.
 */
@Controller
class FallSeiten {

    /** How long a page waits for the views to show a write it just made. */
    static final Duration NACHLAUF = Duration.ofSeconds(5);

    private final Lesen lesen;
    private final FallBefehle befehle;
    private final Lesestand lesestand;
    private final Formate formate;

    FallSeiten(Lesen lesen, FallBefehle befehle, Lesestand lesestand, Formate formate) {
        this.lesen = lesen;
        this.befehle = befehle;
        this.lesestand = lesestand;
        this.formate = formate;
    }

    @GetMapping("/faelle")
    String suche(@RequestParam Optional<String> suche, Model model) {
        String begriff = suche.map(String::strip).orElse("");
        model.addAttribute("suche", begriff);
        model.addAttribute("treffer", lesen.liste(new FaelleSuchen(begriff), FallZeile.class));
        return "fall/suche";
    }

    @GetMapping("/faelle/neu")
    String neu() {
        return "fall/neu";
    }

    @PostMapping("/faelle")
    String eroeffnen(@RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        String[] neuerFall = new String[1];
        String ergebnis = ausfuehren("eroeffnen", e, umleitung, "/faelle/neu", () -> {
            Anschrift anschrift = Eingaben.text(e.get("strasse")) == null && Eingaben.text(e.get("plz")) == null
                    && Eingaben.text(e.get("ort")) == null ? null : new Anschrift(e.get("strasse"), e.get("plz"), e.get("ort"));
            Person person = new Person(e.get("vorname"), e.get("nachname"), Eingaben.geburtsdatum("geburtsdatum", e.get("geburtsdatum")), anschrift);
            FallBefehle.Eroeffnung eroeffnet = befehle.eroeffnen(person, Eingaben.text(e.get("dienststelle")), Eingaben.text(e.get("anliegen")));
            lesestand.abwarten(Lesestand.Ansicht.FALL, eroeffnet.fallId(), eroeffnet.version(), NACHLAUF);
            neuerFall[0] = eroeffnet.fallId().toString();
            return "Der Fall " + eroeffnet.aktenzeichen() + " ist eröffnet.";
        });
        return neuerFall[0] == null ? ergebnis : "redirect:/faelle/" + neuerFall[0];
    }

    /** The Fall now, or with {@code stand} as it was then (read only). */
    @GetMapping("/faelle/{fallId}")
    String fall(@PathVariable UUID fallId, @RequestParam Optional<String> stand, Model model) {
        Instant standAm = stand.map(s -> Eingaben.zeitpunkt("stand", s, formate.zone())).orElse(null);
        Fallseite seite = lesen.einzeln(new FallseiteAbfragen(fallId, standAm), Fallseite.class);
        FallAnsicht fall = seite.fall();
        model.addAttribute("fall", fall);
        model.addAttribute("stand", standAm);
        model.addAttribute("standEingabe", formate.zeitEingabe(standAm != null ? standAm : Instant.now()));
        model.addAttribute("verlauf", seite.verlauf());
        model.addAttribute("antraege", seite.antraege());
        model.addAttribute("entscheidungen", seite.entscheidungen());
        Map<UUID, HilfevereinbarungAnsicht> inhalte = seite.vereinbarungen();
        model.addAttribute("hilfevereinbarungen", seite.hilfevereinbarungen());
        model.addAttribute("vereinbarungen", inhalte);
        model.addAttribute("zielstaende", inhalte.values().stream().flatMap(h -> h.ziele().stream())
                .collect(Collectors.toMap(HilfevereinbarungAnsicht.ZielStand::zielId, z -> z, (a, b) -> b)));
        model.addAttribute("massnahmenstaende", inhalte.values().stream().flatMap(h -> h.massnahmen().stream())
                .collect(Collectors.toMap(HilfevereinbarungAnsicht.MassnahmeStand::massnahmeId, m -> m, (a, b) -> b)));
        model.addAttribute("bearbeitbar", standAm == null && seite.bearbeitbar());
        // After erasure there is nothing left to correct (the service refuses it too).
        model.addAttribute("personendatenBerichtigbar", !Personenbezogen.GELOESCHT.equals(fall.person().nachname()));
        model.addAttribute("berichtigungsarten", Berichtigungsart.values());
        model.addAttribute("geburtsdatumEingabe", formate.datum(fall.person().geburtsdatum()));
        model.addAttribute("abschlussgruende", Abschlussgrund.values());
        model.addAttribute("hemmnisse", Hemmnis.values());
        model.addAttribute("erwerbsfaehigkeiten", Erwerbsfaehigkeit.values());
        model.addAttribute("vermittlungspartner", Vermittlungspartner.values());
        model.addAttribute("beendigungsgruende", Beendigungsgrund.values());
        model.addAttribute("leistungsarten", Leistungsart.values());
        model.addAttribute("kanaele", Antragskanal.values());
        model.addAttribute("massnahmenarten", Massnahmenart.values());
        model.addAttribute("verantwortungen", Verantwortung.values());
        model.addAttribute("unterzeichner", Unterzeichner.values());
        return "fall/fall";
    }

    @PostMapping("/faelle/{fallId}/erstberatung")
    String erstberatung(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("erstberatung", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new ErstberatungDokumentieren(fallId, version(e),
                    Eingaben.datum("datum", e.get("datum")), Eingaben.text(e.get("anliegen")), Eingaben.text(e.get("ersteSchritte")))));
            return "Die Erstberatung ist dokumentiert.";
        });
    }

    @PostMapping("/faelle/{fallId}/beratung")
    String beratung(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("beratung", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new BeratungsgespraechDokumentieren(fallId, version(e),
                    Eingaben.datum("datum", e.get("datum")), Eingaben.text(e.get("thema")), Eingaben.text(e.get("inhalt")))));
            return "Das Beratungsgespräch ist dokumentiert.";
        });
    }

    @PostMapping("/faelle/{fallId}/wiedervorlage")
    String wiedervorlage(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("wiedervorlage", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new WiedervorlageSetzen(fallId, version(e), UUID.randomUUID(),
                    Eingaben.datum("faelligAm", e.get("faelligAm")), Eingaben.text(e.get("anlass")))));
            return "Die Wiedervorlage ist gesetzt.";
        });
    }

    @PostMapping("/faelle/{fallId}/wiedervorlagen/{wiedervorlageId}/erledigung")
    String wiedervorlageErledigen(@PathVariable UUID fallId, @PathVariable UUID wiedervorlageId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return ausfuehren("erledigung-" + wiedervorlageId, e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new WiedervorlageErledigen(fallId, version(e), wiedervorlageId, Eingaben.text(e.get("vermerk")))));
            return "Die Wiedervorlage ist erledigt.";
        });
    }

    @PostMapping("/faelle/{fallId}/abschluss")
    String abschluss(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("abschluss", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new FallAbschliessen(fallId, version(e),
                    Eingaben.auswahl("grund", e.get("grund"), Abschlussgrund::valueOf), Eingaben.text(e.get("bemerkung")))));
            return "Der Fall ist abgeschlossen.";
        });
    }

    @PostMapping("/faelle/{fallId}/wiederaufnahme")
    String wiederaufnahme(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("wiederaufnahme", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new FallWiederaufnehmen(fallId, version(e), Eingaben.text(e.get("grund")))));
            return "Der Fall ist wieder aufgenommen.";
        });
    }

    @PostMapping("/faelle/{fallId}/einzelfallanalyse")
    String einzelfallanalyse(@PathVariable UUID fallId, @RequestParam Map<String, String> e,
            @RequestParam(name = "hemmnisse", required = false) List<String> hemmnisse, RedirectAttributes umleitung) {
        return ausfuehren("einzelfallanalyse", e, umleitung, seite(fallId), () -> {
            Set<Hemmnis> gewaehlt = hemmnisse == null ? Set.of() : hemmnisse.stream()
                    .map(h -> Eingaben.auswahl("hemmnisse", h, Hemmnis::valueOf)).collect(Collectors.toSet());
            gewartet(fallId, befehle.senden(new EinzelfallanalyseErstellen(fallId, version(e), Eingaben.datum("datum", e.get("datum")),
                    gewaehlt, Eingaben.text(e.get("ressourcen")),
                    Eingaben.auswahl("erwerbsfaehigkeit", e.get("erwerbsfaehigkeit"), Erwerbsfaehigkeit::valueOf),
                    Eingaben.text(e.get("einschaetzung")))));
            return "Die Einzelfallanalyse ist gespeichert.";
        });
    }

    @PostMapping("/faelle/{fallId}/vermittlung")
    String vermittlung(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("vermittlung", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new VermittlungVeranlassen(fallId, version(e), UUID.randomUUID(),
                    Eingaben.auswahl("partner", e.get("partner"), Vermittlungspartner::valueOf), Eingaben.text(e.get("partnerBezeichnung")),
                    Eingaben.text(e.get("anlass")), "ja".equals(e.get("einwilligungErteilt")),
                    Eingaben.datum("einwilligungAm", e.get("einwilligungAm")))));
            return "Die Vermittlung ist veranlasst.";
        });
    }

    @PostMapping("/faelle/{fallId}/fallmanager")
    String fallmanagerWechseln(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("fallmanager", e, umleitung, seite(fallId), () -> {
            gewartet(fallId, befehle.senden(new FallmanagerWechseln(fallId, version(e), Eingaben.text(e.get("neuerFallmanager")),
                    Eingaben.text(e.get("grund")))));
            return "Der Fall ist neu zugewiesen.";
        });
    }

    /** Art. 16 DSGVO: the form shows the person's current data; what is sent is the complete new data. */
    @PostMapping("/faelle/{fallId}/personendaten")
    String personendaten(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("personendaten", e, umleitung, seite(fallId), () -> {
            Anschrift anschrift = Eingaben.text(e.get("strasse")) == null && Eingaben.text(e.get("plz")) == null
                    && Eingaben.text(e.get("ort")) == null ? null : new Anschrift(e.get("strasse"), e.get("plz"), e.get("ort"));
            Person person = new Person(e.get("vorname"), e.get("nachname"), Eingaben.geburtsdatum("geburtsdatum", e.get("geburtsdatum")),
                    anschrift);
            Berichtigungsart art = Eingaben.text(e.get("art")) == null ? null : Eingaben.auswahl("art", e.get("art"), Berichtigungsart::valueOf);
            gewartet(fallId, befehle.senden(new PersonendatenBerichtigen(fallId, version(e), art, person,
                    Eingaben.datum("gueltigAb", e.get("gueltigAb")), Eingaben.text(e.get("grund")))));
            return art == Berichtigungsart.AKTUALISIERUNG ? "Die Personendaten sind aktualisiert." : "Die Personendaten sind berichtigt.";
        });
    }

    private void gewartet(UUID fallId, long version) {
        lesestand.abwarten(Lesestand.Ansicht.FALL, fallId, version, NACHLAUF);
    }

    static String seite(UUID fallId) {
        return "/faelle/" + fallId;
    }

    /** The version the page was rendered with; every form carries it as a hidden field. */
    static Long version(Map<String, String> eingaben) {
        return Eingaben.version(eingaben.get("version"));
    }
}
