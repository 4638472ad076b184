package de.fallbuch.app.oberflaeche.fall;


import de.fallbuch.app.akt.Aktausfuehrung;
import de.fallbuch.app.oberflaeche.Eingaben;
import de.fallbuch.app.oberflaeche.Formate;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallStandAmAbfragen;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.query.antrag.AntraegeZumFall;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.Fallakte;
import de.fallbuch.query.fall.Fallsuche;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding, opening and reading a Fall, and the forms for the Fall's own acts. Reading goes through
 * {@link Fallakte} (who may, and the read recorded); the forms' acts go through the one door of every act
 * ({@code de.fallbuch.app.oberflaeche.Formulare}).
 */
@Controller
class FallSeiten {

    private final Fallakte fallakte;
    private final Fallsuche fallsuche;
    private final AntraegeZumFall antraege;
    private final QueryGateway abfragen;
    private final Formate formate;

    FallSeiten(Fallakte fallakte, Fallsuche fallsuche, AntraegeZumFall antraege, QueryGateway abfragen, Formate formate) {
        this.fallakte = fallakte;
        this.fallsuche = fallsuche;
        this.antraege = antraege;
        this.abfragen = abfragen;
        this.formate = formate;
    }

    @GetMapping("/faelle")
    String suche(@RequestParam Optional<String> suche, Model model) {
        String begriff = suche.map(String::strip).orElse("");
        model.addAttribute("suche", begriff);
        model.addAttribute("treffer", fallsuche.suchen(begriff));
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
        FallAnsicht aktuell = fallakte.oeffnen(fallId, standAm == null ? Akteneinsicht.Was.FALL : Akteneinsicht.Was.FALL_STAND_AM);
        FallAnsicht fall = aktuell;
        if (standAm != null) {
            fall = abfragen.query(new FallStandAmAbfragen(fallId, standAm), ResponseTypes.optionalInstanceOf(FallAnsicht.class)).join()
                    .orElseThrow(() -> new NichtGefunden("FALL_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                            "Zu diesem Zeitpunkt gab es diesen Fall noch nicht."));
        }
        List<VerlaufEintrag> verlauf = abfragen.query(new VerlaufAbfragen(fallId, null, null, standAm),
                ResponseTypes.multipleInstancesOf(VerlaufEintrag.class)).join();
        model.addAttribute("fall", fall);
        model.addAttribute("stand", standAm);
        model.addAttribute("standEingabe", formate.zeitEingabe(standAm != null ? standAm : Instant.now()));
        model.addAttribute("verlauf", verlauf);
        List<AntragAnsicht> antraegeDesFalls = standAm == null ? antraege.von(aktuell) : List.of();
        model.addAttribute("antraege", antraegeDesFalls);
        model.addAttribute("entscheidungen", antraegeDesFalls.stream()
                .collect(Collectors.toMap(AntragAnsicht::antragId, this::entscheidungen)));
        List<HilfevereinbarungZeile> hilfevereinbarungen = standAm == null
                ? abfragen.query(new HilfevereinbarungenZumFallAuflisten(fallId), ResponseTypes.multipleInstancesOf(HilfevereinbarungZeile.class)).join()
                : List.of();
        // The Fall was found readable above; its agreements belong to it and share its Dienststelle.
        Map<UUID, HilfevereinbarungAnsicht> inhalte = new HashMap<>();
        hilfevereinbarungen.forEach(h -> abfragen.query(new HilfevereinbarungAbfragen(h.hilfevereinbarungId()),
                ResponseTypes.optionalInstanceOf(HilfevereinbarungAnsicht.class)).join()
                .ifPresent(ansicht -> inhalte.put(h.hilfevereinbarungId(), ansicht)));
        model.addAttribute("hilfevereinbarungen", hilfevereinbarungen);
        model.addAttribute("vereinbarungen", inhalte);
        model.addAttribute("zielstaende", inhalte.values().stream().flatMap(h -> h.ziele().stream())
                .collect(Collectors.toMap(HilfevereinbarungAnsicht.ZielStand::zielId, z -> z, (a, b) -> b)));
        model.addAttribute("massnahmenstaende", inhalte.values().stream().flatMap(h -> h.massnahmen().stream())
                .collect(Collectors.toMap(HilfevereinbarungAnsicht.MassnahmeStand::massnahmeId, m -> m, (a, b) -> b)));
        // The forms are offered to whom the access rules (Schreibrechte, on the command bus) would let act.
        model.addAttribute("bearbeitbar", standAm == null && Aktausfuehrung.angemeldet().darfFallBearbeiten(aktuell.dienststelle()));
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

    /** The Antrag's Entscheidungshistorie (the Fall was opened through the Fallakte above, so the read is allowed and recorded). */
    private List<Entscheidungseintrag> entscheidungen(AntragAnsicht antrag) {
        return abfragen.query(new EntscheidungenAbfragen(antrag.antragId()), ResponseTypes.multipleInstancesOf(Entscheidungseintrag.class))
                .join();
    }
}
