package de.fallbuch.app.oberflaeche.antrag;

import static de.fallbuch.app.oberflaeche.Formularausfuehrung.ausfuehren;

import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.command.antrag.AntragBefehle;
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
import de.fallbuch.query.common.Lesestand;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms for an Antrag's acts, shown on the Fall page. Who may act is decided by
 * {@link AntragBefehle}, the legal rules by the aggregate; their messages are shown next to the field.
 */
@Controller
class AntragFormulare {

    private static final Duration NACHLAUF = Duration.ofSeconds(5);

    private final AntragBefehle befehle;
    private final Lesestand lesestand;

    AntragFormulare(AntragBefehle befehle, Lesestand lesestand) {
        this.befehle = befehle;
        this.lesestand = lesestand;
    }

    @PostMapping("/faelle/{fallId}/antraege")
    String stellen(@PathVariable UUID fallId, @RequestParam Map<String, String> e, RedirectAttributes umleitung) {
        return ausfuehren("antrag", e, umleitung, "/faelle/" + fallId, () -> {
            UUID antragId = befehle.stellen(fallId, Eingaben.auswahl("leistungsart", e.get("leistungsart"), Leistungsart::valueOf),
                    Eingaben.datum("eingangsdatum", e.get("eingangsdatum")),
                    Eingaben.auswahl("kanal", e.get("kanal"), Antragskanal::valueOf),
                    Eingaben.datum("kenntnisAm", e.get("kenntnisAm")),
                    Eingaben.text(e.get("kenntnisQuelle")));
            lesestand.abwarten(Lesestand.Ansicht.ANTRAG, antragId, AntragBefehle.VERSION_NACH_EINGANG, NACHLAUF);
            return "Der Antrag ist erfasst.";
        });
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/unterlagen-anforderung")
    String unterlagenAnfordern(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("unterlagen-anforderung", fallId, antragId, e, umleitung, "Die Unterlagen sind angefordert.",
                version -> befehle.senden(new UnterlagenAnfordern(antragId, version, UUID.randomUUID(), unterlagen(e.get("unterlagen")),
                        Eingaben.datum("frist", e.get("frist")), e.containsKey("mitRechtsfolgenbelehrung"),
                        Eingaben.text(e.get("rechtsfolgenbelehrung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/unterlagen-eingang")
    String unterlagenEingang(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("unterlagen-eingang", fallId, antragId, e, umleitung, "Der Eingang der Unterlagen ist erfasst.",
                version -> befehle.senden(new UnterlagenEingangErfassen(antragId, version,
                        Eingaben.datum("eingegangenAm", e.get("eingegangenAm")), Eingaben.text(e.get("bemerkung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/bewilligung")
    String bewilligen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("bewilligung", fallId, antragId, e, umleitung, "Die Bewilligung ist erfasst.",
                version -> befehle.senden(new AntragBewilligen(antragId, version, UUID.randomUUID(),
                        Eingaben.cent("betragMonatlich", e.get("betragMonatlich")),
                        Eingaben.datum("bewilligungVon", e.get("bewilligungVon")), Eingaben.datum("bewilligungBis", e.get("bewilligungBis")),
                        Eingaben.text(e.get("rechtsgrundlage")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/ablehnung")
    String ablehnen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("ablehnung", fallId, antragId, e, umleitung, "Die Ablehnung ist erfasst.",
                version -> befehle.senden(new AntragAblehnen(antragId, version, UUID.randomUUID(),
                        Eingaben.text(e.get("rechtsgrundlage")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/freigabe")
    String freigeben(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("freigabe", fallId, antragId, e, umleitung, "Die Bewilligung ist freigegeben.",
                version -> befehle.senden(new BewilligungFreigeben(antragId, version, Eingaben.text(e.get("vermerk")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/bescheid")
    String bescheid(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("bescheid", fallId, antragId, e, umleitung, "Die Bekanntgabe des Bescheids ist erfasst.",
                version -> befehle.senden(new BescheidBekanntgeben(antragId, version,
                        Eingaben.datum("aufgabeZurPostAm", e.get("aufgabeZurPostAm")), e.containsKey("mitRechtsbehelfsbelehrung"))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/widerspruch")
    String widerspruch(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("widerspruch", fallId, antragId, e, umleitung, "Der Widerspruch ist erfasst.",
                version -> befehle.senden(new WiderspruchEinlegen(antragId, version, UUID.randomUUID(),
                        Eingaben.datum("eingegangenAm", e.get("eingegangenAm")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/zurueckweisung")
    String zurueckweisen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("zurueckweisung", fallId, antragId, e, umleitung, "Der Widerspruch ist zurückgewiesen.",
                version -> befehle.senden(new WiderspruchZurueckweisen(antragId, version,
                        Eingaben.text(e.get("rechtsgrundlage")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/versagung")
    String versagen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("versagung", fallId, antragId, e, umleitung, "Die Versagung ist erfasst.",
                version -> befehle.senden(new AntragVersagen(antragId, version, UUID.randomUUID(),
                        Eingaben.text(e.get("rechtsgrundlage")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/ruecknahme")
    String zuruecknehmen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("ruecknahme", fallId, antragId, e, umleitung, "Die Rücknahme des Antrags ist erfasst.",
                version -> befehle.senden(new AntragZuruecknehmen(antragId, version,
                        Eingaben.datum("zurueckgenommenAm", e.get("zurueckgenommenAm")), Eingaben.text(e.get("erklaerung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/abhilfe")
    String abhelfen(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("abhilfe", fallId, antragId, e, umleitung, "Dem Widerspruch ist abgeholfen.",
                version -> befehle.senden(new WiderspruchAbhelfen(antragId, version, UUID.randomUUID(),
                        Eingaben.cent("betragMonatlich", e.get("betragMonatlich")),
                        Eingaben.datum("bewilligungVon", e.get("bewilligungVon")), Eingaben.datum("bewilligungBis", e.get("bewilligungBis")),
                        Eingaben.text(e.get("rechtsgrundlage")), Eingaben.text(e.get("begruendung")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/anhoerung")
    String anhoerung(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("anhoerung", fallId, antragId, e, umleitung, "Die Anhörung ist eingeleitet.",
                version -> befehle.senden(new AnhoerungEinleiten(antragId, version, UUID.randomUUID(),
                        Eingaben.text(e.get("anlass")), Eingaben.datum("frist", e.get("frist")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/stellungnahme")
    String stellungnahme(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("stellungnahme", fallId, antragId, e, umleitung, "Die Stellungnahme ist erfasst.",
                version -> befehle.senden(new AnhoerungStellungnahmeErfassen(antragId, version,
                        Eingaben.datum("eingegangenAm", e.get("eingegangenAm")), Eingaben.text(e.get("stellungnahme")))));
    }

    @PostMapping("/faelle/{fallId}/antraege/{antragId}/aufhebung")
    String aufheben(@PathVariable UUID fallId, @PathVariable UUID antragId, @RequestParam Map<String, String> e,
            RedirectAttributes umleitung) {
        return akt("aufhebung", fallId, antragId, e, umleitung, "Die Aufhebung der Bewilligung ist erfasst.",
                version -> befehle.senden(new BewilligungAufheben(antragId, version, UUID.randomUUID(),
                        Eingaben.datum("aufgehobenAb", e.get("aufgehobenAb")), Eingaben.text(e.get("rechtsgrundlage")),
                        Eingaben.text(e.get("begruendung")))));
    }

    /** Runs one act on the Antrag with the version its form carried, then waits for the views to show it. */
    private String akt(String name, UUID fallId, UUID antragId, Map<String, String> e, RedirectAttributes umleitung,
            String bestaetigung, ToLongFunction<Long> senden) {
        return ausfuehren(name + "-" + antragId, e, umleitung, "/faelle/" + fallId, () -> {
            long version = senden.applyAsLong(Eingaben.version(e.get("version")));
            lesestand.abwarten(Lesestand.Ansicht.ANTRAG, antragId, version, NACHLAUF);
            return bestaetigung;
        });
    }

    /** One document per line. */
    private static List<String> unterlagen(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
