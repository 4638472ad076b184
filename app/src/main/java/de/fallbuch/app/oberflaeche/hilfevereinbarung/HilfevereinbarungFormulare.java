package de.fallbuch.app.oberflaeche.hilfevereinbarung;

import static de.fallbuch.app.oberflaeche.Formularausfuehrung.ausfuehren;

import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.command.hilfevereinbarung.HilfevereinbarungBefehle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
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
import de.fallbuch.query.common.Lesestand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acts on a Hilfevereinbarung (§ 12 SGB XII) from the Fall page: drafting, signing, progress of
 * measures and goals, reviews, a breach of duty with the person's statement, withdrawn consent, end. The form drafts one
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

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/massnahmen/{massnahmeId}/{schritt}")
    String massnahme(@PathVariable UUID fallId, @PathVariable UUID id, @PathVariable UUID massnahmeId, @PathVariable String schritt,
            @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return akt("massnahme-" + massnahmeId, fallId, id, e, umleitung, "Der Stand der Maßnahme ist erfasst.", version -> {
            java.time.LocalDate datum = Eingaben.datum("datum", e.get("datum"));
            return switch (schritt) {
                case "beginn" -> befehle.senden(new MassnahmeBeginnen(id, version, massnahmeId, datum));
                case "abschluss" -> befehle.senden(new MassnahmeAbschliessen(id, version, massnahmeId, datum));
                case "abbruch" -> befehle.senden(new MassnahmeAbbrechen(id, version, massnahmeId, datum, Eingaben.text(e.get("grund"))));
                default -> throw new UngueltigeAngabe("schritt", "Diesen Schritt gibt es für eine Maßnahme nicht.");
            };
        });
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/ziele/{zielId}/{ergebnis}")
    String ziel(@PathVariable UUID fallId, @PathVariable UUID id, @PathVariable UUID zielId, @PathVariable String ergebnis,
            @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return akt("ziel-" + zielId, fallId, id, e, umleitung, "Die Zielerreichung ist festgestellt.", version -> {
            java.time.LocalDate datum = Eingaben.datum("datum", e.get("datum"));
            return switch (ergebnis) {
                case "erreicht" -> befehle.senden(new ZielerreichungFeststellen(id, version, zielId, datum, Eingaben.text(e.get("vermerk"))));
                case "verfehlt" -> befehle.senden(new ZielverfehlungFeststellen(id, version, zielId, datum, Eingaben.text(e.get("vermerk"))));
                default -> throw new UngueltigeAngabe("ergebnis", "Ein Ziel ist erreicht oder verfehlt.");
            };
        });
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/ueberpruefung")
    String ueberpruefung(@PathVariable UUID fallId, @PathVariable UUID id, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return akt("ueberpruefung-" + id, fallId, id, e, umleitung, "Die Überprüfung ist dokumentiert.",
                version -> befehle.senden(new UeberpruefungDokumentieren(id, version, Eingaben.datum("datum", e.get("datum")),
                        Eingaben.text(e.get("ergebnis")), Eingaben.datum("naechsterTermin", e.get("naechsterTermin")))));
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/pflichtverletzung")
    String pflichtverletzung(@PathVariable UUID fallId, @PathVariable UUID id, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("pflichtverletzung-" + id, fallId, id, e, umleitung, "Die Pflichtverletzung ist mit der Stellungnahme dokumentiert.",
                version -> befehle.senden(new PflichtverletzungDokumentieren(id, version, kennung("pflichtId", e.get("pflichtId")),
                        Eingaben.datum("datum", e.get("datum")), Eingaben.text(e.get("sachverhalt")), Eingaben.text(e.get("stellungnahme")),
                        "ja".equals(e.get("stellungnahmeAbgelehnt")))));
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/einwilligungswiderruf")
    String widerruf(@PathVariable UUID fallId, @PathVariable UUID id, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return akt("widerruf-" + id, fallId, id, e, umleitung, "Der Widerruf der Einwilligung ist erfasst.",
                version -> befehle.senden(new EinwilligungswiderrufErfassen(id, version, Eingaben.datum("datum", e.get("datum")),
                        Eingaben.text(e.get("erklaerung")))));
    }

    @PostMapping("/faelle/{fallId}/hilfevereinbarungen/{id}/beendigung")
    String beenden(@PathVariable UUID fallId, @PathVariable UUID id, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return akt("beendigung-" + id, fallId, id, e, umleitung, "Die Hilfevereinbarung ist beendet.",
                version -> befehle.senden(new HilfevereinbarungBeenden(id, version,
                        Eingaben.auswahl("grund", e.get("grund"), Beendigungsgrund::valueOf), Eingaben.text(e.get("bemerkung")))));
    }

    /** Runs one act on the agreement with the version its form carried, then waits for the views to show it. */
    private String akt(String name, UUID fallId, UUID id, Map<String, String> e, RedirectAttributes umleitung, String bestaetigung,
            ToLongFunction<Long> senden) {
        return ausfuehren(name, e, umleitung, "/faelle/" + fallId, () -> {
            long version = senden.applyAsLong(Eingaben.version(e.get("version")));
            lesestand.abwarten(Lesestand.Ansicht.HILFEVEREINBARUNG, id, version, NACHLAUF);
            return bestaetigung;
        });
    }

    private static UUID kennung(String feld, String wert) {
        try {
            return UUID.fromString(wert.strip());
        } catch (RuntimeException e) {
            throw new UngueltigeAngabe(feld, "Bitte einen Eintrag aus der Liste wählen.");
        }
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
