package de.fallbuch.app.oberflaeche.hilfevereinbarung;

import static de.fallbuch.app.oberflaeche.Formularausfuehrung.ausfuehren;

import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.command.hilfevereinbarung.HilfevereinbarungBefehle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import de.fallbuch.query.common.Lesestand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafting and signing a Hilfevereinbarung (§ 12 SGB XII) from the Fall page. The form drafts one
 * goal and one measure, with optional duty and service of the office: the usual first agreement;
 * the API takes any number. Who may act is decided by {@link HilfevereinbarungBefehle}, the rules
 * (review date at most six months ahead, a goal and a measure before signing) by the aggregate.
 */
@Controller
class HilfevereinbarungFormulare {

    private static final Duration NACHLAUF = Duration.ofSeconds(5);

    private final HilfevereinbarungBefehle befehle;
    private final Lesestand lesestand;

    HilfevereinbarungFormulare(HilfevereinbarungBefehle befehle, Lesestand lesestand) {
        this.befehle = befehle;
        this.lesestand = lesestand;
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen")
    String entwerfen(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("hilfevereinbarung", e, umleitung, "/faelle/" + fallId, () -> {
            Ziel ziel = eintrag("ziel", () -> new Ziel(UUID.randomUUID(), e.get("ziel.beschreibung"),
                    Eingaben.datum("zieldatum", e.get("ziel.zieldatum"))));
            Massnahme massnahme = eintrag("massnahme", () -> new Massnahme(UUID.randomUUID(),
                    Eingaben.auswahl("art", e.get("massnahme.art"), Massnahmenart::valueOf), e.get("massnahme.beschreibung"),
                    Eingaben.auswahl("verantwortlich", e.get("massnahme.verantwortlich"), Verantwortung::valueOf),
                    Eingaben.text(e.get("massnahme.partnerBezeichnung")),
                    Eingaben.datum("geplanterBeginn", e.get("massnahme.geplanterBeginn")),
                    Eingaben.datum("geplantesEnde", e.get("massnahme.geplantesEnde"))));
            List<Pflicht> pflichten = Eingaben.text(e.get("pflicht.beschreibung")) == null ? List.of()
                    : List.of(eintrag("pflicht", () -> new Pflicht(UUID.randomUUID(), e.get("pflicht.beschreibung"))));
            List<LeistungAmt> leistungen = Eingaben.text(e.get("leistung.beschreibung")) == null ? List.of()
                    : List.of(eintrag("leistung", () -> new LeistungAmt(UUID.randomUUID(), e.get("leistung.beschreibung"))));
            Vereinbarungsinhalt inhalt = new Vereinbarungsinhalt(List.of(ziel), List.of(massnahme), pflichten, leistungen,
                    Eingaben.datum("ueberpruefungstermin", e.get("ueberpruefungstermin")));
            UUID id = befehle.entwerfen(fallId, inhalt);
            lesestand.abwarten(Lesestand.Ansicht.HILFEVEREINBARUNG, id, HilfevereinbarungBefehle.VERSION_NACH_ENTWURF, NACHLAUF);
            return "Der Entwurf der Hilfevereinbarung ist gespeichert.";
        });
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/unterschrift")
    String unterschreiben(@PathVariable UUID fallId, @PathVariable UUID id, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return ausfuehren("unterschrift-" + id, e, umleitung, "/faelle/" + fallId, () -> {
            Unterzeichner wer = Eingaben.auswahl("unterzeichner", e.get("unterzeichner"), Unterzeichner::valueOf);
            long version = befehle.unterschreiben(id, Eingaben.version(e.get("version")), wer, Eingaben.datum("datum", e.get("datum")));
            lesestand.abwarten(Lesestand.Ansicht.HILFEVEREINBARUNG, id, version, NACHLAUF);
            return "Die Unterschrift ist erfasst.";
        });
    }

    /** A value an entry refuses is reported under the entry's name, so it shows next to the right field. */
    private static <T> T eintrag(String name, Supplier<T> bauen) {
        try {
            return bauen.get();
        } catch (UngueltigeAngabe e) {
            throw new UngueltigeAngabe(name + "." + e.feld(), e.getMessage());
        }
    }
}
