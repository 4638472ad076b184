package de.fallbuch.command.hilfevereinbarung;

import static de.fallbuch.command.common.Versionspruefung.unveraendertSeitLetztemLesen;
import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.optionalerText;
import static de.fallbuch.kernel.common.Pruefung.pflichttext;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfGeaendert;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortgeschrieben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungMitFallBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStatus;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnet;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgebrochen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgeschlossen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBegonnen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenstatus;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import de.fallbuch.kernel.hilfevereinbarung.ZielErreicht;
import de.fallbuch.kernel.hilfevereinbarung.ZielVerfehlt;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.Zielstatus;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The Hilfevereinbarung (§12 SGB XII): since 2023 a written agreement made with the person's
 * consent, neither a contract nor an administrative act. It is negotiated as a draft, comes into
 * force when the person and the office have both signed, and afterwards changes only by a
 * Fortschreibung: a new Fassung that must be signed again while the previous one stays in force.
 * The person may withdraw consent at any time, which ends it; a breach of duty is recorded, never
 * sanctioned by the agreement itself.
 * <p>
 * Command handlers check the rules and then apply events; event-sourcing handlers only assign
 * state. Every handler returns the new aggregate version for the client's optimistic concurrency.
 * Every value that enters an event passes {@code Pruefung} with its kind of text or date, content
 * through {@link Vereinbarungsinhalt#geprueft()} (docs/grenzen.md); event-sourcing handlers never
 * check, so old events stay readable.
 */
@Aggregate
public class Hilfevereinbarung {

    private static final String DIE_HILFEVEREINBARUNG = "Die Hilfevereinbarung";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @AggregateIdentifier
    private UUID hilfevereinbarungId;
    private UUID fallId;
    private HilfevereinbarungStatus status;
    private Beendigungsgrund beendigungsgrund;
    private int letzteFassung;

    /** The Fassung in force; 0 and {@code null} until both sides signed the first one. */
    private int geltendeFassung;
    private Vereinbarungsinhalt geltenderInhalt;
    /** The day the agreement first came into force; a Fortschreibung does not move it. */
    private LocalDate inKraftSeit;

    /** The draft under negotiation (the first draft or a Fortschreibung); 0 and {@code null} if there is none. */
    private int entwurfsfassung;
    private Vereinbarungsinhalt entwurf;
    private LocalDate entwurfStandVom;
    private final Map<Unterzeichner, LocalDate> unterschriften = new EnumMap<>(Unterzeichner.class);

    private final Map<UUID, Massnahmenstatus> massnahmen = new HashMap<>();
    private final Map<UUID, LocalDate> massnahmenBegonnenAm = new HashMap<>();
    private final Map<UUID, Zielstatus> ziele = new HashMap<>();

    protected Hilfevereinbarung() {
        // for Axon
    }

    @CommandHandler
    Hilfevereinbarung(HilfevereinbarungEntwerfen befehl, Fallauskunft faelle, Ueberpruefungsfrist frist, Clock uhr) {
        LocalDate heute = LocalDate.now(uhr);
        if (befehl.fallId() == null) {
            throw new UngueltigeAngabe("fallId", "Der Fall fehlt, zu dem die Hilfevereinbarung gehört.");
        }
        Fallauskunft.Fallstand fall = faelle.stand(befehl.fallId())
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
        if (fall.status() == FallStatus.ABGESCHLOSSEN) {
            throw new Regelverstoss("FALL_ABGESCHLOSSEN",
                    "Der Fall ist abgeschlossen; für ihn wird keine Hilfevereinbarung mehr entworfen. Bitte nehmen Sie ihn zuerst wieder auf.");
        }
        Vereinbarungsinhalt inhalt = inhaltPruefen(befehl.inhalt(), null, frist, heute);
        apply(new HilfevereinbarungEntworfen(befehl.hilfevereinbarungId(), befehl.fallId(), fall.dienststelle(), 1,
                inhalt, heute));
    }

    @CommandHandler
    long handle(EntwurfAendern befehl, Ueberpruefungsfrist frist, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        nichtBeendet();
        if (entwurfsfassung == 0) {
            throw new Regelverstoss("KEIN_ENTWURF",
                    "Es liegt kein Entwurf vor. Eine geltende Hilfevereinbarung ändert sich nur durch eine Fortschreibung.");
        }
        LocalDate heute = LocalDate.now(uhr);
        Vereinbarungsinhalt inhalt = inhaltPruefen(befehl.inhalt(), geltenderInhalt, frist, heute);
        if (inhalt.equals(entwurf)) {
            throw new Regelverstoss("ENTWURF_UNVERAENDERT", "Der Entwurf enthält diese Angaben bereits; es gibt nichts zu ändern.");
        }
        apply(new EntwurfGeaendert(hilfevereinbarungId, entwurfsfassung, inhalt, heute, Set.copyOf(unterschriften.keySet())));
        return getVersion();
    }

    @CommandHandler
    long handle(HilfevereinbarungFortschreiben befehl, Ueberpruefungsfrist frist, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        nichtBeendet();
        if (status == HilfevereinbarungStatus.ENTWURF) {
            throw new Regelverstoss("NOCH_NICHT_IN_KRAFT",
                    "Die Hilfevereinbarung ist noch nicht in Kraft; ihr Entwurf wird geändert, nicht fortgeschrieben.");
        }
        if (entwurfsfassung != 0) {
            throw new Regelverstoss("FORTSCHREIBUNG_LIEGT_VOR", "Die Fortschreibung liegt bereits als Entwurf der Fassung "
                    + entwurfsfassung + " vor; bitte ändern Sie diesen Entwurf.");
        }
        String anlass = pflichttext(befehl.anlass(), Textart.KURZTEXT, "anlass", "Der Anlass der Fortschreibung fehlt.");
        LocalDate heute = LocalDate.now(uhr);
        Vereinbarungsinhalt inhalt = inhaltPruefen(befehl.inhalt(), geltenderInhalt, frist, heute);
        if (inhalt.equals(geltenderInhalt)) {
            throw new Regelverstoss("FORTSCHREIBUNG_OHNE_AENDERUNG",
                    "Die Fortschreibung ändert nichts an der geltenden Fassung " + geltendeFassung + ".");
        }
        apply(new HilfevereinbarungFortgeschrieben(hilfevereinbarungId, letzteFassung + 1, inhalt, anlass, heute));
        return getVersion();
    }

    @CommandHandler
    long handle(HilfevereinbarungUnterzeichnen befehl, Ueberpruefungsfrist frist, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        nichtBeendet();
        if (entwurfsfassung == 0) {
            throw new Regelverstoss("KEIN_ENTWURF", "Es liegt kein Entwurf zur Unterschrift vor; die geltende Fassung "
                    + geltendeFassung + " ist bereits von beiden Seiten unterschrieben.");
        }
        Unterzeichner unterzeichner = befehl.unterzeichner();
        if (unterzeichner == null) {
            throw new UngueltigeAngabe("unterzeichner", "Es fehlt, wer unterschreibt (PERSON oder FALLMANAGER).");
        }
        if (unterschriften.containsKey(unterzeichner)) {
            throw new Regelverstoss("BEREITS_UNTERSCHRIEBEN", (unterzeichner == Unterzeichner.PERSON ? "Die Person" : "Das Amt")
                    + " hat die Fassung " + entwurfsfassung + " bereits am " + DATUM.format(unterschriften.get(unterzeichner))
                    + " unterschrieben.");
        }
        if (entwurf.ziele().isEmpty() || entwurf.massnahmen().isEmpty()) {
            throw new Regelverstoss("ZIEL_UND_MASSNAHME_FEHLEN",
                    "Ohne mindestens ein Ziel und eine Maßnahme kann die Hilfevereinbarung nicht unterschrieben werden.");
        }
        LocalDate heute = LocalDate.now(uhr);
        LocalDate datum = befehl.datum() == null ? heute : geschaeftsdatum(befehl.datum(), "datum");
        if (datum.isAfter(heute)) {
            throw new UngueltigeAngabe("datum", "Das Datum der Unterschrift liegt in der Zukunft.");
        }
        if (datum.isBefore(entwurfStandVom)) {
            throw new Regelverstoss("UNTERSCHRIFT_VOR_ENTWURFSSTAND",
                    "Die Unterschrift kann nicht vor dem Stand des Entwurfs vom " + DATUM.format(entwurfStandVom) + " liegen.");
        }
        // Checked again at signing: the draft may be older than the review date allows by now.
        frist.pruefeTermin(entwurf.ueberpruefungstermin(), heute);
        String unterzeichnetVon = unterzeichner == Unterzeichner.FALLMANAGER
                ? pflichttext(befehl.unterzeichnetVon(), Textart.KURZTEXT, "unterzeichnetVon", "Es fehlt, wer für das Amt unterschreibt.")
                : null;
        apply(new HilfevereinbarungUnterzeichnet(hilfevereinbarungId, entwurfsfassung, unterzeichner, datum, unterzeichnetVon));
        if (unterschriften.size() == Unterzeichner.values().length) {
            LocalDate inKraftAm = Collections.max(unterschriften.values());
            apply(new HilfevereinbarungInKraftGetreten(hilfevereinbarungId, entwurfsfassung, inKraftAm,
                    geltendeFassung == 0 ? null : geltendeFassung, entwurf.ueberpruefungstermin()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(MassnahmeBeginnen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Massnahme massnahme = massnahmeDerGeltendenFassung(befehl.massnahmeId());
        Massnahmenstatus bisher = massnahmen.getOrDefault(massnahme.massnahmeId(), Massnahmenstatus.GEPLANT);
        if (bisher != Massnahmenstatus.GEPLANT) {
            throw bereits("MASSNAHME_NICHT_GEPLANT", massnahme, bisher);
        }
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Der Beginn der Maßnahme");
        apply(new MassnahmeBegonnen(hilfevereinbarungId, massnahme.massnahmeId(), datum));
        return getVersion();
    }

    @CommandHandler
    long handle(MassnahmeAbschliessen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Massnahme massnahme = massnahmeDerGeltendenFassung(befehl.massnahmeId());
        Massnahmenstatus bisher = massnahmen.getOrDefault(massnahme.massnahmeId(), Massnahmenstatus.GEPLANT);
        if (bisher == Massnahmenstatus.GEPLANT) {
            throw new Regelverstoss("MASSNAHME_NICHT_BEGONNEN",
                    "Die Maßnahme „" + massnahme.art().bezeichnung() + "“ hat noch nicht begonnen und kann daher nicht abgeschlossen werden.");
        }
        if (bisher != Massnahmenstatus.BEGONNEN) {
            throw bereits("MASSNAHME_BEENDET", massnahme, bisher);
        }
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Der Abschluss der Maßnahme");
        nichtVorDemBeginn(massnahme, datum, "abgeschlossen");
        apply(new MassnahmeAbgeschlossen(hilfevereinbarungId, massnahme.massnahmeId(), datum));
        return getVersion();
    }

    @CommandHandler
    long handle(MassnahmeAbbrechen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Massnahme massnahme = massnahmeDerGeltendenFassung(befehl.massnahmeId());
        Massnahmenstatus bisher = massnahmen.getOrDefault(massnahme.massnahmeId(), Massnahmenstatus.GEPLANT);
        // A measure never taken up can be broken off as well: that is worth recording too.
        if (bisher != Massnahmenstatus.GEPLANT && bisher != Massnahmenstatus.BEGONNEN) {
            throw bereits("MASSNAHME_BEENDET", massnahme, bisher);
        }
        String grund = pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für den Abbruch der Maßnahme fehlt.");
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Der Abbruch der Maßnahme");
        nichtVorDemBeginn(massnahme, datum, "abgebrochen");
        apply(new MassnahmeAbgebrochen(hilfevereinbarungId, massnahme.massnahmeId(), datum, grund));
        return getVersion();
    }

    @CommandHandler
    long handle(ZielerreichungFeststellen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Ziel ziel = offenesZielDerGeltendenFassung(befehl.zielId());
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Das Erreichen des Ziels");
        apply(new ZielErreicht(hilfevereinbarungId, ziel.zielId(), datum, optionalerText(befehl.vermerk(), Textart.FREITEXT, "vermerk")));
        return getVersion();
    }

    @CommandHandler
    long handle(ZielverfehlungFeststellen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Ziel ziel = offenesZielDerGeltendenFassung(befehl.zielId());
        String begruendung = pflichttext(befehl.begruendung(), Textart.FREITEXT, "begruendung",
                "Bitte begründen Sie, warum das Ziel verfehlt wurde.");
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Die Feststellung, dass das Ziel verfehlt wurde,");
        apply(new ZielVerfehlt(hilfevereinbarungId, ziel.zielId(), datum, begruendung));
        return getVersion();
    }

    @CommandHandler
    long handle(UeberpruefungDokumentieren befehl, Ueberpruefungsfrist frist, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Die Überprüfung");
        String ergebnis = pflichttext(befehl.ergebnis(), Textart.FREITEXT, "ergebnis", "Das Ergebnis der Überprüfung fehlt.");
        geschaeftsdatum(befehl.naechsterTermin(), "naechsterTermin");
        frist.pruefeNaechstenTermin(befehl.naechsterTermin(), datum, LocalDate.now(uhr));
        apply(new UeberpruefungDokumentiert(hilfevereinbarungId, datum, ergebnis, befehl.naechsterTermin()));
        return getVersion();
    }

    @CommandHandler
    long handle(PflichtverletzungDokumentieren befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        inKraft();
        Pflicht pflicht = geltenderInhalt.pflichten().stream()
                .filter(p -> p.pflichtId().equals(befehl.pflichtId()))
                .findFirst()
                .orElseThrow(() -> new Regelverstoss("PFLICHT_UNBEKANNT",
                        "Die geltende Fassung der Hilfevereinbarung enthält keine solche Pflicht."));
        String sachverhalt = pflichttext(befehl.sachverhalt(), Textart.FREITEXT, "sachverhalt", "Der Sachverhalt der Pflichtverletzung fehlt.");
        String stellungnahme = optionalerText(befehl.stellungnahme(), Textart.FREITEXT, "stellungnahme");
        // The person is always heard: either their statement is recorded, or that they declined to make one.
        if (stellungnahme == null && !befehl.stellungnahmeAbgelehnt()) {
            throw new UngueltigeAngabe("stellungnahme", "Die Stellungnahme der Person fehlt. Wollte sie sich nicht äußern, "
                    + "vermerken Sie das bitte (stellungnahmeAbgelehnt).");
        }
        if (stellungnahme != null && befehl.stellungnahmeAbgelehnt()) {
            throw new UngueltigeAngabe("stellungnahme",
                    "Es ist eine Stellungnahme erfasst und zugleich vermerkt, dass die Person sich nicht äußern wollte. Bitte nur eines angeben.");
        }
        LocalDate datum = datumWaehrendDerVereinbarung(befehl.datum(), uhr, "Die Pflichtverletzung");
        apply(new PflichtverletzungDokumentiert(hilfevereinbarungId, pflicht.pflichtId(), datum, sachverhalt, stellungnahme,
                befehl.stellungnahmeAbgelehnt()));
        return getVersion();
    }

    @CommandHandler
    long handle(EinwilligungswiderrufErfassen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        nichtBeendet();
        if (geltendeFassung == 0 && !unterschriften.containsKey(Unterzeichner.PERSON)) {
            throw new Regelverstoss("KEINE_EINWILLIGUNG", "Die Person hat noch nicht unterschrieben und damit nicht eingewilligt; "
                    + "es gibt nichts zu widerrufen. Einen Entwurf, den die Person nicht will, beenden Sie als abgebrochen.");
        }
        LocalDate heute = LocalDate.now(uhr);
        LocalDate datum = befehl.datum() == null ? heute : geschaeftsdatum(befehl.datum(), "datum");
        if (datum.isAfter(heute)) {
            throw new UngueltigeAngabe("datum", "Der Widerruf kann nicht in der Zukunft liegen.");
        }
        apply(new EinwilligungWiderrufen(hilfevereinbarungId, datum, optionalerText(befehl.erklaerung(), Textart.FREITEXT, "erklaerung")));
        return getVersion();
    }

    @CommandHandler
    long handle(HilfevereinbarungBeenden befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, DIE_HILFEVEREINBARUNG);
        nichtBeendet();
        Beendigungsgrund grund = befehl.grund();
        if (grund == null) {
            throw new UngueltigeAngabe("grund", "Der Grund für die Beendigung fehlt.");
        }
        if (grund == Beendigungsgrund.FALL_ABGESCHLOSSEN) {
            throw new Regelverstoss("BEENDIGUNG_NUR_MIT_FALLABSCHLUSS",
                    "Aus diesem Grund endet eine Hilfevereinbarung nur dadurch, dass der Fall abgeschlossen wird.");
        }
        if (grund == Beendigungsgrund.EINWILLIGUNG_WIDERRUFEN) {
            throw new Regelverstoss("WIDERRUF_GESONDERT_ERFASSEN",
                    "Einen Widerruf der Einwilligung erfassen Sie bitte als Einwilligungswiderruf, mit dem Datum der Erklärung.");
        }
        if (grund == Beendigungsgrund.ERFUELLT && status == HilfevereinbarungStatus.ENTWURF) {
            throw new Regelverstoss("NIE_IN_KRAFT", "Eine Hilfevereinbarung, die nie in Kraft getreten ist, kann nicht erfüllt sein.");
        }
        String bemerkung = optionalerText(befehl.bemerkung(), Textart.FREITEXT, "bemerkung");
        if (grund == Beendigungsgrund.ABGEBROCHEN && bemerkung == null) {
            throw new UngueltigeAngabe("bemerkung", "Bitte begründen Sie den Abbruch der Hilfevereinbarung in der Bemerkung.");
        }
        apply(new HilfevereinbarungBeendet(hilfevereinbarungId, grund, bemerkung, LocalDate.now(uhr)));
        return getVersion();
    }

    /**
     * Closing the Fall ends the agreement (domain.md). Meeting an agreement that has ended in the
     * meantime is no error: the policy's aim is already reached.
     */
    @CommandHandler
    long handle(HilfevereinbarungMitFallBeenden befehl) {
        if (!fallId.equals(befehl.fallId())) {
            throw new Regelverstoss("ANDERER_FALL", "Die Hilfevereinbarung gehört nicht zu diesem Fall.");
        }
        if (status != HilfevereinbarungStatus.BEENDET) {
            apply(new HilfevereinbarungBeendet(hilfevereinbarungId, Beendigungsgrund.FALL_ABGESCHLOSSEN, null,
                    befehl.abgeschlossenAm()));
        }
        return getVersion();
    }

    /**
     * Content of a draft: present, the review date within the office's limit, and no goal that is
     * due already. Goals carried over unchanged from the Fassung in force keep their date even if
     * it has passed: the Fortschreibung is often the place to deal with exactly that. Returns the content checked
     * against the limits and normalised, as it enters the event.
     */
    private static Vereinbarungsinhalt inhaltPruefen(Vereinbarungsinhalt eingabe, Vereinbarungsinhalt geltend,
            Ueberpruefungsfrist frist, LocalDate heute) {
        if (eingabe == null) {
            throw new UngueltigeAngabe("inhalt", "Der Inhalt der Hilfevereinbarung fehlt.");
        }
        Vereinbarungsinhalt inhalt = eingabe.geprueft();
        frist.pruefeTermin(inhalt.ueberpruefungstermin(), heute);
        for (Ziel ziel : inhalt.ziele()) {
            boolean unveraendertUebernommen = geltend != null && geltend.ziele().contains(ziel);
            if (!unveraendertUebernommen && ziel.zieldatum().isBefore(heute)) {
                throw new Regelverstoss("ZIELDATUM_VERGANGEN",
                        "Das Zieldatum des Ziels „" + ziel.beschreibung() + "“ liegt in der Vergangenheit.");
            }
        }
        return inhalt;
    }

    private void nichtBeendet() {
        if (status == HilfevereinbarungStatus.BEENDET) {
            throw new Regelverstoss("HILFEVEREINBARUNG_BEENDET",
                    "Die Hilfevereinbarung ist beendet (" + beendigungsgrund.bezeichnung() + "); es kann nichts mehr eingetragen werden.");
        }
    }

    private void inKraft() {
        nichtBeendet();
        if (status != HilfevereinbarungStatus.IN_KRAFT) {
            throw new Regelverstoss("NOCH_NICHT_IN_KRAFT", "Die Hilfevereinbarung ist noch nicht in Kraft: "
                    + "sie gilt erst, wenn die Person und das Amt sie unterschrieben haben.");
        }
    }

    private Massnahme massnahmeDerGeltendenFassung(UUID massnahmeId) {
        return geltenderInhalt.massnahmen().stream()
                .filter(m -> m.massnahmeId().equals(massnahmeId))
                .findFirst()
                .orElseThrow(() -> new Regelverstoss("MASSNAHME_UNBEKANNT",
                        "Die geltende Fassung der Hilfevereinbarung enthält keine solche Maßnahme."));
    }

    private Ziel offenesZielDerGeltendenFassung(UUID zielId) {
        Ziel ziel = geltenderInhalt.ziele().stream()
                .filter(z -> z.zielId().equals(zielId))
                .findFirst()
                .orElseThrow(() -> new Regelverstoss("ZIEL_UNBEKANNT",
                        "Die geltende Fassung der Hilfevereinbarung enthält kein solches Ziel."));
        Zielstatus bisher = ziele.getOrDefault(ziel.zielId(), Zielstatus.OFFEN);
        if (bisher != Zielstatus.OFFEN) {
            throw new Regelverstoss("ZIEL_BEREITS_FESTGESTELLT",
                    "Für das Ziel „" + ziel.beschreibung() + "“ ist bereits festgehalten, dass es " + bisher.bezeichnung() + " wurde.");
        }
        return ziel;
    }

    private static Regelverstoss bereits(String code, Massnahme massnahme, Massnahmenstatus bisher) {
        return new Regelverstoss(code, "Die Maßnahme „" + massnahme.art().bezeichnung() + "“ "
                + (bisher == Massnahmenstatus.BEGONNEN ? "hat bereits begonnen." : "ist bereits " + bisher.bezeichnung() + "."));
    }

    private void nichtVorDemBeginn(Massnahme massnahme, LocalDate datum, String wie) {
        LocalDate begonnenAm = massnahmenBegonnenAm.get(massnahme.massnahmeId());
        if (begonnenAm != null && datum.isBefore(begonnenAm)) {
            throw new Regelverstoss("DATUM_VOR_MASSNAHMENBEGINN", "Die Maßnahme „" + massnahme.art().bezeichnung()
                    + "“ kann nicht vor ihrem Beginn am " + DATUM.format(begonnenAm) + " " + wie + " werden.");
        }
    }

    /** A date in the life of the agreement: not before it came into force, not in the future. */
    private LocalDate datumWaehrendDerVereinbarung(LocalDate datum, Clock uhr, String was) {
        LocalDate heute = LocalDate.now(uhr);
        if (datum == null) {
            return heute;
        }
        geschaeftsdatum(datum, "datum");
        if (datum.isAfter(heute)) {
            throw new UngueltigeAngabe("datum", was + " kann nicht in der Zukunft liegen.");
        }
        if (datum.isBefore(inKraftSeit)) {
            throw new Regelverstoss("DATUM_VOR_INKRAFTTRETEN",
                    was + " kann nicht vor dem Inkrafttreten der Hilfevereinbarung am " + DATUM.format(inKraftSeit) + " liegen.");
        }
        return datum;
    }

    @EventSourcingHandler
    void on(HilfevereinbarungEntworfen ereignis) {
        hilfevereinbarungId = ereignis.hilfevereinbarungId();
        fallId = ereignis.fallId();
        status = HilfevereinbarungStatus.ENTWURF;
        letzteFassung = ereignis.fassung();
        entwurfsfassung = ereignis.fassung();
        entwurf = ereignis.inhalt();
        entwurfStandVom = ereignis.entworfenAm();
    }

    @EventSourcingHandler
    void on(EntwurfGeaendert ereignis) {
        entwurf = ereignis.inhalt();
        entwurfStandVom = ereignis.geaendertAm();
        unterschriften.clear();
    }

    @EventSourcingHandler
    void on(HilfevereinbarungFortgeschrieben ereignis) {
        letzteFassung = ereignis.fassung();
        entwurfsfassung = ereignis.fassung();
        entwurf = ereignis.inhalt();
        entwurfStandVom = ereignis.fortgeschriebenAm();
        unterschriften.clear();
    }

    @EventSourcingHandler
    void on(HilfevereinbarungUnterzeichnet ereignis) {
        unterschriften.put(ereignis.unterzeichner(), ereignis.datum());
    }

    @EventSourcingHandler
    void on(HilfevereinbarungInKraftGetreten ereignis) {
        status = HilfevereinbarungStatus.IN_KRAFT;
        geltendeFassung = ereignis.fassung();
        geltenderInhalt = entwurf;
        if (inKraftSeit == null) {
            inKraftSeit = ereignis.inKraftAm();
        }
        entwurfsfassung = 0;
        entwurf = null;
        entwurfStandVom = null;
        unterschriften.clear();
    }

    @EventSourcingHandler
    void on(MassnahmeBegonnen ereignis) {
        massnahmen.put(ereignis.massnahmeId(), Massnahmenstatus.BEGONNEN);
        massnahmenBegonnenAm.put(ereignis.massnahmeId(), ereignis.datum());
    }

    @EventSourcingHandler
    void on(MassnahmeAbgeschlossen ereignis) {
        massnahmen.put(ereignis.massnahmeId(), Massnahmenstatus.ABGESCHLOSSEN);
    }

    @EventSourcingHandler
    void on(MassnahmeAbgebrochen ereignis) {
        massnahmen.put(ereignis.massnahmeId(), Massnahmenstatus.ABGEBROCHEN);
    }

    @EventSourcingHandler
    void on(ZielErreicht ereignis) {
        ziele.put(ereignis.zielId(), Zielstatus.ERREICHT);
    }

    @EventSourcingHandler
    void on(ZielVerfehlt ereignis) {
        ziele.put(ereignis.zielId(), Zielstatus.VERFEHLT);
    }

    @EventSourcingHandler
    void on(EinwilligungWiderrufen ereignis) {
        status = HilfevereinbarungStatus.BEENDET;
        beendigungsgrund = Beendigungsgrund.EINWILLIGUNG_WIDERRUFEN;
    }

    @EventSourcingHandler
    void on(HilfevereinbarungBeendet ereignis) {
        status = HilfevereinbarungStatus.BEENDET;
        beendigungsgrund = ereignis.grund();
    }
}
