package de.fallbuch.app.oberflaeche.fall;

import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.app.web.Lesen;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.FaelleSuchen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.Suchtreffer;
import de.fallbuch.kernel.fall.Fallseite;
import de.fallbuch.kernel.fall.FallseiteAbfragen;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding, opening and reading a Fall, and the forms for the Fall's own acts. Reading sends the
 * kernel's queries ({@link FaelleSuchen}, {@link FallseiteAbfragen}) through the QueryGateway, whose
 * handlers decide who may and record the read; the forms' acts go through the one door of every act
 * ({@code de.fallbuch.app.oberflaeche.Formulare}).
 */
@Controller
class FallSeiten {

    private final Lesen lesen;
    private final Formate formate;

    FallSeiten(Lesen lesen, Formate formate) {
        this.lesen = lesen;
        this.formate = formate;
    }

    @GetMapping("/faelle")
    String suche(@RequestParam Optional<String> suche, Model model) {
        String begriff = suche.map(String::strip).orElse("");
        model.addAttribute("suche", begriff);
        model.addAttribute("treffer", lesen.liste(new FaelleSuchen(begriff), Suchtreffer.class));
        return "fall/suche";
    }

    @GetMapping("/faelle/neu")
    String neu() {
        return "fall/neu";
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
}
