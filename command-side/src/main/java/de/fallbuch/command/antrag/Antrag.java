package de.fallbuch.command.antrag;

import static de.fallbuch.command.common.Versionspruefung.unveraendertSeitLetztemLesen;
import static de.fallbuch.kernel.common.Pruefung.betragMonatlich;
import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.liste;
import static de.fallbuch.kernel.common.Pruefung.optionalerText;
import static de.fallbuch.kernel.common.Pruefung.pflichttext;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AnhoerungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.antrag.AntragStellen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The Antrag (application for a benefit): every legal step from receipt to a final decision, as
 * an immutable record. Decisions are never edited; a later decision supersedes an earlier one and
 * names it. Who decided is taken from the command's metadata (the logged-in user the dispatch
 * interceptor stamped on it), so the decision events and their metadata can never disagree.
 *
 * <p>Deadlines that must act (Mitwirkungsfrist, Widerspruchsfrist, Anhörungsfrist) are scheduled
 * with Axon's {@link DeadlineManager} for midnight after their last day; the deadline handlers
 * record what the passing of the period means, and do nothing if it has become moot.
 *
 * <p>Every value that enters an event passes {@code Pruefung} with its kind of text or date
 * (docs/grenzen.md); event-sourcing handlers never check, so old events stay readable.
 */
@Aggregate
public class Antrag {

    static final String MITWIRKUNGSFRIST = "mitwirkungsfrist";
    static final String WIDERSPRUCHSFRIST = "widerspruchsfrist";
    static final String ANHOERUNGSFRIST = "anhoerungsfrist";
    static final String FALL_UNBEKANNT = "Einen Fall mit dieser Kennung gibt es nicht; ein Antrag gehört immer zu einem Fall.";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String VERSAGUNG_RECHTSGRUNDLAGE = "§ 66 Abs. 1 SGB I";
    private static final String ZURUECKWEISUNG_RECHTSGRUNDLAGE = "§ 85 Abs. 2 SGG";

    @AggregateIdentifier
    private UUID antragId;
    private Leistungsart leistungsart;
    private LocalDate eingangsdatum;
    private LocalDate leistungsbeginn;
    private AntragStatus status;
    private LocalDate zurueckgenommenAm;

    // the latest request for documents
    private UUID anforderungId;
    private LocalDate angefordertAm;
    private LocalDate mitwirkungsfrist;
    private boolean mitRechtsfolgenbelehrung;
    private boolean unterlagenEingegangen;
    private boolean mitwirkungsfristAbgelaufen;

    // the current decision and its notice
    private UUID entscheidungId;
    private Entscheidungsart entscheidungsart;
    private long betragMonatlichCent;
    private LocalDate bewilligungVon;
    private LocalDate bewilligungBis;
    private LocalDate entschiedenAm;
    private String entschiedenVon;
    private LocalDate aufgabeZurPostAm;
    private LocalDate widerspruchsfristEnde;
    private boolean bestandskraeftig;
    // whether the decision's document carries a Rechtsbehelfsbelehrung; null: decided before documents existed
    private Boolean bescheidMitBelehrung;

    // the latest Widerspruch
    private UUID widerspruchId;
    private UUID widerspruchGegen;
    private LocalDate widerspruchEingegangenAm;
    private boolean widerspruchRechtzeitig;
    private boolean widerspruchAnhaengig;
    private final Set<UUID> entscheidungenMitWiderspruchsbescheid = new HashSet<>();

    // the latest Anhörung
    private UUID anhoerungId;
    private UUID anhoerungZuEntscheidung;
    private LocalDate anhoerungsfrist;
    private boolean stellungnahmeEingegangen;
    private boolean anhoerungsfristAbgelaufen;
    private boolean anhoerungVerbraucht;

    protected Antrag() {
        // for Axon
    }

    @CommandHandler
    Antrag(AntragStellen befehl, FallAuskunft faelle, Clock uhr) {
        if (befehl.fallId() == null) {
            throw new UngueltigeAngabe("fallId", "Der Fall, zu dem der Antrag gehört, fehlt.");
        }
        if (befehl.leistungsart() == null) {
            throw new UngueltigeAngabe("leistungsart", "Die beantragte Leistungsart fehlt.");
        }
        if (befehl.kanal() == null) {
            throw new UngueltigeAngabe("kanal", "Der Eingangsweg des Antrags fehlt.");
        }
        if (befehl.eingangsdatum() == null) {
            throw new UngueltigeAngabe("eingangsdatum", "Das Eingangsdatum des Antrags fehlt.");
        }
        geschaeftsdatum(befehl.eingangsdatum(), "eingangsdatum");
        if (befehl.eingangsdatum().isAfter(LocalDate.now(uhr))) {
            throw new UngueltigeAngabe("eingangsdatum", "Das Eingangsdatum liegt in der Zukunft.");
        }
        LocalDate kenntnisAm = befehl.kenntnisAm();
        String kenntnisQuelle = optionalerText(befehl.kenntnisQuelle(), Textart.KURZTEXT, "kenntnisQuelle");
        if (kenntnisAm != null) {
            geschaeftsdatum(kenntnisAm, "kenntnisAm");
            if (kenntnisAm.isAfter(befehl.eingangsdatum())) {
                throw new UngueltigeAngabe("kenntnisAm", "Mit dem Eingang des Antrags hatte das Amt Kenntnis; "
                        + "„Kenntnis am“ kann nicht danach liegen.");
            }
            if (kenntnisAm.isBefore(befehl.eingangsdatum()) && kenntnisQuelle == null) {
                throw new UngueltigeAngabe("kenntnisQuelle", "Bitte angeben, wodurch das Amt vor dem Antrag Kenntnis erhielt "
                        + "(z. B. Anruf, Vorsprache, Mitteilung eines anderen Trägers).");
            }
        } else if (kenntnisQuelle != null) {
            throw new UngueltigeAngabe("kenntnisAm", "Zur Quelle der Kenntnis fehlt der Tag, an dem das Amt Kenntnis erhielt.");
        }
        FallStatus fall = faelle.statusFuerNeuenAntrag(befehl.fallId())
                .orElseThrow(() -> new Regelverstoss("FALL_UNBEKANNT", FALL_UNBEKANNT));
        if (fall != FallStatus.OFFEN) {
            throw new Regelverstoss("FALL_ABGESCHLOSSEN",
                    "Der Fall ist abgeschlossen. Ein neuer Antrag kann erst nach der Wiederaufnahme des Falls erfasst werden.");
        }
        if (kenntnisAm != null && kenntnisAm.isBefore(befehl.eingangsdatum()) && !Fristenrechner.kenntnisgrundsatz(befehl.leistungsart())) {
            throw new Regelverstoss("KENNTNIS_NICHT_ANWENDBAR", "„Kenntnis am“ gilt für Leistungen, die ohne Antrag einsetzen, "
                    + "sobald das Amt vom Bedarf erfährt (§ 18 SGB XII). " + befehl.leistungsart().bezeichnung()
                    + " setzt einen Antrag voraus; es zählt der Eingang.");
        }
        apply(new AntragGestellt(befehl.antragId(), befehl.fallId(), befehl.leistungsart(), befehl.eingangsdatum(),
                befehl.kanal(), Fristenrechner.leistungsbeginn(befehl.leistungsart(), befehl.eingangsdatum(), kenntnisAm),
                faelle.altersgruppeAm(befehl.fallId(), befehl.eingangsdatum()).orElse(null), kenntnisAm, kenntnisQuelle));
    }

    @CommandHandler
    long handle(UnterlagenAnfordern befehl, Clock uhr, Mindestfristen mindestfristen, DeadlineManager fristen,
            Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussInBearbeitungSein();
        if (anforderungLaeuft()) {
            throw new Regelverstoss("UNTERLAGEN_BEREITS_ANGEFORDERT", "Es sind bereits Unterlagen mit Frist bis "
                    + DATUM.format(mitwirkungsfrist) + " angefordert. Bitte zuerst deren Eingang erfassen.");
        }
        List<String> unterlagen = new ArrayList<>();
        for (String unterlage : liste(befehl.unterlagen(), "unterlagen")) {
            // Empty lines of a form are no document; every other entry must be a proper one.
            String eintrag = optionalerText(unterlage, Textart.EINTRAG, "unterlagen[" + unterlagen.size() + "]");
            if (eintrag != null) {
                unterlagen.add(eintrag);
            }
        }
        if (unterlagen.isEmpty()) {
            throw new UngueltigeAngabe("unterlagen", "Bitte angeben, welche Unterlagen angefordert werden.");
        }
        if (befehl.frist() == null) {
            throw new UngueltigeAngabe("frist", "Die Frist für die Unterlagen fehlt.");
        }
        geschaeftsdatum(befehl.frist(), "frist");
        LocalDate heute = LocalDate.now(uhr);
        mindestfristen.pruefeMitwirkungsfrist(befehl.frist(), heute);
        String belehrung = null;
        if (befehl.mitRechtsfolgenbelehrung()) {
            belehrung = optionalerText(befehl.rechtsfolgenbelehrung(), Textart.FREITEXT, "rechtsfolgenbelehrung");
            if (belehrung == null) {
                belehrung = standardbelehrung(befehl.frist());
            }
        }
        UnterlagenAngefordert anforderung = new UnterlagenAngefordert(antragId, befehl.anforderungId(), unterlagen, heute,
                befehl.frist(), belehrung);
        apply(anforderung.mitDokument(dokument(dokumente, Dokumentart.MITWIRKUNGSAUFFORDERUNG, befehl.anforderungId(), anforderung)));
        fristen.schedule(Fristenrechner.ablauf(befehl.frist(), uhr.getZone()), MITWIRKUNGSFRIST, new Fristablauf(befehl.anforderungId()));
        return getVersion();
    }

    /** The office's standard written warning of the consequences (§66 Abs. 3 SGB I). */
    static String standardbelehrung(LocalDate frist) {
        return "Wenn Sie die angeforderten Unterlagen nicht bis zum " + DATUM.format(frist) + " vorlegen, kann die Leistung "
                + "ohne weitere Ermittlungen bis zur Nachholung der Mitwirkung ganz oder teilweise versagt werden "
                + "(§§ 60, 66 Abs. 1 und 3 SGB I).";
    }

    @CommandHandler
    long handle(UnterlagenEingangErfassen befehl, Clock uhr, DeadlineManager fristen, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussInBearbeitungSein();
        if (anforderungId == null || unterlagenEingegangen) {
            throw new Regelverstoss("KEINE_UNTERLAGEN_ANGEFORDERT", "Zu diesem Antrag sind keine Unterlagen angefordert, die noch ausstehen.");
        }
        LocalDate eingegangenAm = tagNichtInDerZukunft(befehl.eingegangenAm(), uhr, "eingegangenAm", "Der Eingang der Unterlagen");
        if (eingegangenAm.isBefore(angefordertAm)) {
            throw new Regelverstoss("EINGANG_VOR_ANFORDERUNG", "Die Unterlagen können nicht vor ihrer Anforderung am "
                    + DATUM.format(angefordertAm) + " eingegangen sein.");
        }
        apply(new UnterlagenEingegangen(antragId, anforderungId, eingegangenAm, eingegangenAm.isAfter(mitwirkungsfrist),
                optionalerText(befehl.bemerkung(), Textart.FREITEXT, "bemerkung")));
        fristen.cancelAllWithinScope(MITWIRKUNGSFRIST);
        return getVersion();
    }

    @CommandHandler
    long handle(AntragBewilligen befehl, Clock uhr, Freigabegrenze grenze, DeadlineManager fristen,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer, Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussUnentschiedenSein();
        AntragBewilligt bewilligung = bewilligung(befehl.entscheidungId(), befehl.betragMonatlichCent(), befehl.bewilligungVon(),
                befehl.bewilligungBis(), befehl.rechtsgrundlage(), befehl.begruendung(), uhr, grenze, benutzer,
                status == AntragStatus.FREIGABE_AUSSTEHEND ? entscheidungId : null);
        apply(bewilligung.mitDokument(dokument(dokumente, Dokumentart.BEWILLIGUNGSBESCHEID, befehl.entscheidungId(), bewilligung)));
        fristen.cancelAllWithinScope(MITWIRKUNGSFRIST);
        return getVersion();
    }

    @CommandHandler
    long handle(AntragAblehnen befehl, Clock uhr, DeadlineManager fristen,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer, Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussUnentschiedenSein();
        AntragAbgelehnt ablehnung = new AntragAbgelehnt(antragId, befehl.entscheidungId(),
                rechtsgrundlage(befehl.rechtsgrundlage()), begruendung(befehl.begruendung()), LocalDate.now(uhr),
                entscheider(benutzer), ersetzteFreigabe());
        apply(ablehnung.mitDokument(dokument(dokumente, Dokumentart.ABLEHNUNGSBESCHEID, befehl.entscheidungId(), ablehnung)));
        fristen.cancelAllWithinScope(MITWIRKUNGSFRIST);
        return getVersion();
    }

    @CommandHandler
    long handle(AntragVersagen befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer,
            Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        // The input is checked before the state: a malformed value is a 400 whatever state the Antrag is in.
        String rechtsgrundlage = optionalerText(befehl.rechtsgrundlage(), Textart.KURZTEXT, "rechtsgrundlage");
        String begruendung = begruendung(befehl.begruendung());
        mussUnentschiedenSein();
        if (anforderungId == null || !mitRechtsfolgenbelehrung) {
            throw new Regelverstoss("VERSAGUNG_OHNE_BELEHRUNG", "Versagt werden darf erst, wenn Unterlagen mit Frist und "
                    + "schriftlicher Belehrung über die Folgen angefordert wurden und die Frist abgelaufen ist (§ 66 Abs. 3 SGB I).");
        }
        if (unterlagenEingegangen) {
            throw new Regelverstoss("MITWIRKUNG_NACHGEHOLT",
                    "Die angeforderten Unterlagen sind eingegangen; eine Versagung wegen fehlender Mitwirkung ist nicht möglich.");
        }
        if (!mitwirkungsfristAbgelaufen) {
            throw new Regelverstoss("MITWIRKUNGSFRIST_LAEUFT", "Die Mitwirkungsfrist läuft noch bis " + DATUM.format(mitwirkungsfrist)
                    + "; versagt werden darf erst nach ihrem Ablauf (§ 66 Abs. 3 SGB I).");
        }
        AntragVersagt versagung = new AntragVersagt(antragId, befehl.entscheidungId(), anforderungId,
                rechtsgrundlage == null ? VERSAGUNG_RECHTSGRUNDLAGE : rechtsgrundlage, begruendung,
                LocalDate.now(uhr), entscheider(benutzer), ersetzteFreigabe());
        apply(versagung.mitDokument(dokument(dokumente, Dokumentart.VERSAGUNGSBESCHEID, befehl.entscheidungId(), versagung)));
        return getVersion();
    }

    @CommandHandler
    long handle(BewilligungFreigeben befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer,
            @MetaDataValue(Metadaten.ROLLE) String rolle, ConflictResolver konflikte) {
        // Approving is the Sachgebietsleitung's. The person who decided is let through, so that they
        // hear the rule they ran into (Vier-Augen-Prinzip) below, not just "wrong role".
        boolean hatSelbstEntschieden = status == AntragStatus.FREIGABE_AUSSTEHEND && benutzer != null && benutzer.equals(entschiedenVon);
        if (!Rolle.SACHGEBIETSLEITUNG.name().equals(rolle) && !hatSelbstEntschieden) {
            throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG", "Eine Bewilligung über der Freigabegrenze gibt die Sachgebietsleitung frei.");
        }
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        nichtZurueckgenommen();
        if (status != AntragStatus.FREIGABE_AUSSTEHEND) {
            throw new Regelverstoss("KEINE_FREIGABE_AUSSTEHEND", "Es gibt keine Bewilligung, die auf eine Freigabe wartet.");
        }
        String freigebende = entscheider(benutzer);
        if (freigebende.equals(entschiedenVon)) {
            throw new Regelverstoss("VIER_AUGEN_PRINZIP", "Sie haben diese Bewilligung selbst entschieden. Freigeben muss "
                    + "sie eine andere Person (Vier-Augen-Prinzip).");
        }
        apply(new BewilligungFreigegeben(antragId, entscheidungId, LocalDate.now(uhr), freigebende,
                optionalerText(befehl.vermerk(), Textart.FREITEXT, "vermerk")));
        return getVersion();
    }

    @CommandHandler
    long handle(BescheidBekanntgeben befehl, Clock uhr, DeadlineManager fristen, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        nichtZurueckgenommen();
        if (entscheidungId == null) {
            throw new Regelverstoss("KEINE_ENTSCHEIDUNG", "Über den Antrag ist noch nicht entschieden; es gibt nichts bekanntzugeben.");
        }
        if (status == AntragStatus.FREIGABE_AUSSTEHEND) {
            throw new Regelverstoss("FREIGABE_AUSSTEHEND", "Die Bewilligung über " + euro(betragMonatlichCent)
                    + " monatlich liegt über der Freigabegrenze und ist noch nicht freigegeben (Vier-Augen-Prinzip). "
                    + "Vorher darf kein Bescheid ergehen.");
        }
        if (aufgabeZurPostAm != null) {
            throw new Regelverstoss("BESCHEID_BEREITS_BEKANNTGEGEBEN", "Der Bescheid über diese Entscheidung wurde bereits am "
                    + DATUM.format(aufgabeZurPostAm) + " zur Post gegeben.");
        }
        LocalDate aufgabe = befehl.aufgabeZurPostAm();
        if (aufgabe == null) {
            throw new UngueltigeAngabe("aufgabeZurPostAm", "Das Datum der Aufgabe zur Post fehlt.");
        }
        geschaeftsdatum(aufgabe, "aufgabeZurPostAm");
        if (aufgabe.isAfter(LocalDate.now(uhr))) {
            throw new UngueltigeAngabe("aufgabeZurPostAm", "Das Datum der Aufgabe zur Post liegt in der Zukunft.");
        }
        if (aufgabe.isBefore(entschiedenAm)) {
            throw new Regelverstoss("BESCHEID_VOR_ENTSCHEIDUNG", "Der Bescheid kann nicht vor der Entscheidung am "
                    + DATUM.format(entschiedenAm) + " zur Post gegeben worden sein.");
        }
        // Whether the notice carried a Rechtsbehelfsbelehrung follows from its document; only a decision made before
        // documents existed still needs the caller's statement.
        Boolean mitBelehrung = bescheidMitBelehrung != null ? bescheidMitBelehrung : befehl.mitRechtsbehelfsbelehrung();
        if (mitBelehrung == null) {
            throw new UngueltigeAngabe("mitRechtsbehelfsbelehrung",
                    "Bitte angeben, ob der Bescheid eine zutreffende Rechtsbehelfsbelehrung enthält.");
        }
        LocalDate bekanntgabe = Fristenrechner.bekanntgabe(aufgabe);
        LocalDate fristEnde = Fristenrechner.widerspruchsfristEnde(bekanntgabe, mitBelehrung);
        apply(new BescheidBekanntgegeben(antragId, entscheidungId, aufgabe, mitBelehrung, bekanntgabe, fristEnde));
        fristen.schedule(Fristenrechner.ablauf(fristEnde, uhr.getZone()), WIDERSPRUCHSFRIST, new Fristablauf(entscheidungId));
        return getVersion();
    }

    @CommandHandler
    long handle(WiderspruchEinlegen befehl, Clock uhr, DeadlineManager fristen, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        nichtZurueckgenommen();
        if (entscheidungId == null || aufgabeZurPostAm == null) {
            throw new Regelverstoss("KEIN_BESCHEID",
                    "Ein Widerspruch ist erst möglich, wenn der Bescheid über die Entscheidung bekanntgegeben ist.");
        }
        if (widerspruchAnhaengig) {
            throw new Regelverstoss("WIDERSPRUCH_ANHAENGIG", "Über den Widerspruch vom " + DATUM.format(widerspruchEingegangenAm)
                    + " ist noch nicht entschieden.");
        }
        if (entscheidungenMitWiderspruchsbescheid.contains(entscheidungId)) {
            throw new Regelverstoss("WIDERSPRUCH_BEREITS_BESCHIEDEN", "Über einen Widerspruch gegen diese Entscheidung ist bereits "
                    + "entschieden; gegen den Widerspruchsbescheid ist nur die Klage zum Sozialgericht möglich.");
        }
        LocalDate eingegangenAm = tagNichtInDerZukunft(befehl.eingegangenAm(), uhr, "eingegangenAm", "Der Eingang des Widerspruchs");
        if (eingegangenAm.isBefore(aufgabeZurPostAm)) {
            throw new Regelverstoss("WIDERSPRUCH_VOR_BESCHEID", "Der Widerspruch kann nicht vor der Aufgabe des Bescheids zur Post am "
                    + DATUM.format(aufgabeZurPostAm) + " eingegangen sein.");
        }
        boolean rechtzeitig = Fristenrechner.rechtzeitig(eingegangenAm, widerspruchsfristEnde);
        apply(new WiderspruchEingelegt(antragId, befehl.widerspruchId(), entscheidungId, eingegangenAm,
                optionalerText(befehl.begruendung(), Textart.FREITEXT, "begruendung"), widerspruchsfristEnde, rechtzeitig));
        if (rechtzeitig) {
            // A timely objection keeps the decision from becoming final; a late one does not.
            fristen.cancelAllWithinScope(WIDERSPRUCHSFRIST);
        }
        return getVersion();
    }

    @CommandHandler
    long handle(WiderspruchAbhelfen befehl, Clock uhr, Freigabegrenze grenze,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer, Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussWiderspruchAnhaengigSein();
        AntragBewilligt neueEntscheidung = bewilligung(befehl.neueEntscheidungId(), befehl.betragMonatlichCent(),
                befehl.bewilligungVon(), befehl.bewilligungBis(), befehl.rechtsgrundlage(), befehl.begruendung(), uhr, grenze,
                benutzer, entscheidungId);
        // The Abhilfebescheid is the new decision's document; it is rendered before either event is applied.
        Dokumentnachweis nachweis = dokument(dokumente, Dokumentart.ABHILFEBESCHEID, befehl.neueEntscheidungId(), neueEntscheidung);
        apply(new WiderspruchAbgeholfen(antragId, widerspruchId, entscheidungId, befehl.neueEntscheidungId(),
                neueEntscheidung.begruendung(), neueEntscheidung.entschiedenAm(), neueEntscheidung.entschiedenVon()));
        apply(neueEntscheidung.mitDokument(nachweis));
        return getVersion();
    }

    @CommandHandler
    long handle(WiderspruchZurueckweisen befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer,
            Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussWiderspruchAnhaengigSein();
        String rechtsgrundlage = optionalerText(befehl.rechtsgrundlage(), Textart.KURZTEXT, "rechtsgrundlage");
        WiderspruchZurueckgewiesen zurueckweisung = new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId,
                !widerspruchRechtzeitig, rechtsgrundlage == null ? ZURUECKWEISUNG_RECHTSGRUNDLAGE : rechtsgrundlage,
                begruendung(befehl.begruendung()), LocalDate.now(uhr), entscheider(benutzer));
        // The Widerspruchsbescheid's id is the Widerspruch's: it decides on that Widerspruch.
        apply(zurueckweisung.mitDokument(dokument(dokumente, Dokumentart.WIDERSPRUCHSBESCHEID, widerspruchId, zurueckweisung)));
        return getVersion();
    }

    @CommandHandler
    long handle(AntragZuruecknehmen befehl, Clock uhr, DeadlineManager fristen, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        nichtZurueckgenommen();
        if (!status.unentschieden()) {
            throw new Regelverstoss("RUECKNAHME_NACH_ENTSCHEIDUNG",
                    "Über den Antrag ist bereits entschieden; zurücknehmen kann die Person ihn nur vor der Entscheidung.");
        }
        LocalDate am = tagNichtInDerZukunft(befehl.zurueckgenommenAm(), uhr, "zurueckgenommenAm", "Die Rücknahme");
        if (am.isBefore(eingangsdatum)) {
            throw new Regelverstoss("RUECKNAHME_VOR_EINGANG", "Der Antrag kann nicht vor seinem Eingang am "
                    + DATUM.format(eingangsdatum) + " zurückgenommen worden sein.");
        }
        apply(new AntragZurueckgenommen(antragId, am, optionalerText(befehl.erklaerung(), Textart.FREITEXT, "erklaerung")));
        fristen.cancelAllWithinScope(MITWIRKUNGSFRIST);
        return getVersion();
    }

    @CommandHandler
    long handle(AnhoerungEinleiten befehl, Clock uhr, Mindestfristen mindestfristen, DeadlineManager fristen,
            Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussWirksameBewilligungHaben("Eine Anhörung vor der Aufhebung setzt eine wirksame Bewilligung voraus.");
        if (anhoerungLaeuft()) {
            throw new Regelverstoss("ANHOERUNG_LAEUFT", "Es läuft bereits eine Anhörung mit Frist bis " + DATUM.format(anhoerungsfrist) + ".");
        }
        // What is intended and on which facts (§ 24 SGB X): a free text, not a label.
        String anlass = pflichttext(befehl.anlass(), Textart.FREITEXT, "anlass",
                "Bitte angeben, welche Entscheidung beabsichtigt ist und auf welche Tatsachen sie sich stützt (§ 24 SGB X).");
        if (befehl.frist() == null) {
            throw new UngueltigeAngabe("frist", "Die Frist für die Stellungnahme fehlt.");
        }
        geschaeftsdatum(befehl.frist(), "frist");
        LocalDate heute = LocalDate.now(uhr);
        mindestfristen.pruefeAnhoerungsfrist(befehl.frist(), heute);
        AnhoerungEingeleitet anhoerung = new AnhoerungEingeleitet(antragId, befehl.anhoerungId(), entscheidungId, anlass, heute,
                befehl.frist());
        apply(anhoerung.mitDokument(dokument(dokumente, Dokumentart.ANHOERUNGSSCHREIBEN, befehl.anhoerungId(), anhoerung)));
        fristen.schedule(Fristenrechner.ablauf(befehl.frist(), uhr.getZone()), ANHOERUNGSFRIST, new Fristablauf(befehl.anhoerungId()));
        return getVersion();
    }

    @CommandHandler
    long handle(AnhoerungStellungnahmeErfassen befehl, Clock uhr, DeadlineManager fristen, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        nichtZurueckgenommen();
        // A statement after the deadline still counts as long as nothing was decided on the hearing.
        if (anhoerungId == null || anhoerungVerbraucht || stellungnahmeEingegangen) {
            throw new Regelverstoss("KEINE_ANHOERUNG_OFFEN", "Es läuft keine Anhörung, zu der eine Stellungnahme erfasst werden könnte.");
        }
        LocalDate eingegangenAm = tagNichtInDerZukunft(befehl.eingegangenAm(), uhr, "eingegangenAm", "Der Eingang der Stellungnahme");
        apply(new AnhoerungStellungnahmeEingegangen(antragId, anhoerungId, eingegangenAm,
                pflichttext(befehl.stellungnahme(), Textart.FREITEXT, "stellungnahme", "Der Inhalt der Stellungnahme fehlt.")));
        fristen.cancelAllWithinScope(ANHOERUNGSFRIST);
        return getVersion();
    }

    @CommandHandler
    long handle(BewilligungAufheben befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer,
            Dokumentausfertigung dokumente, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Antrag");
        mussWirksameBewilligungHaben("Aufgehoben werden kann nur eine wirksame Bewilligung.");
        if (anhoerungId == null || anhoerungVerbraucht || !entscheidungId.equals(anhoerungZuEntscheidung)) {
            throw new Regelverstoss("ANHOERUNG_FEHLT", "Vor der Aufhebung ist die Person anzuhören (§ 24 SGB X). "
                    + "Bitte zuerst die Anhörung einleiten.");
        }
        if (!stellungnahmeEingegangen && !anhoerungsfristAbgelaufen) {
            throw new Regelverstoss("ANHOERUNG_LAEUFT", "Die Anhörungsfrist läuft noch bis " + DATUM.format(anhoerungsfrist)
                    + "; vorher kann nur aufgehoben werden, wenn die Stellungnahme vorliegt.");
        }
        LocalDate ab = befehl.aufgehobenAb();
        if (ab == null) {
            throw new UngueltigeAngabe("aufgehobenAb", "Das Datum, ab dem die Bewilligung aufgehoben wird, fehlt.");
        }
        geschaeftsdatum(ab, "aufgehobenAb");
        if (ab.isBefore(bewilligungVon) || ab.isAfter(bewilligungBis)) {
            throw new Regelverstoss("AUFHEBUNG_AUSSERHALB_BEWILLIGUNGSZEITRAUM", "Aufgehoben werden kann nur innerhalb des "
                    + "Bewilligungszeitraums vom " + DATUM.format(bewilligungVon) + " bis " + DATUM.format(bewilligungBis) + ".");
        }
        BewilligungAufgehoben aufhebung = new BewilligungAufgehoben(antragId, befehl.entscheidungId(), entscheidungId, anhoerungId, ab,
                rechtsgrundlage(befehl.rechtsgrundlage()), begruendung(befehl.begruendung()), LocalDate.now(uhr),
                entscheider(benutzer));
        apply(aufhebung.mitDokument(dokument(dokumente, Dokumentart.AUFHEBUNGSBESCHEID, befehl.entscheidungId(), aufhebung)));
        return getVersion();
    }

    @DeadlineHandler(deadlineName = MITWIRKUNGSFRIST)
    void mitwirkungsfristAbgelaufen(Fristablauf ablauf) {
        if (ablauf.bezugId().equals(anforderungId) && !unterlagenEingegangen && !mitwirkungsfristAbgelaufen
                && status.unentschieden()) {
            apply(new MitwirkungsfristAbgelaufen(antragId, anforderungId, mitwirkungsfrist));
        }
    }

    @DeadlineHandler(deadlineName = WIDERSPRUCHSFRIST)
    void widerspruchsfristAbgelaufen(Fristablauf ablauf) {
        boolean rechtzeitigAngefochten = ablauf.bezugId().equals(widerspruchGegen) && widerspruchRechtzeitig;
        if (ablauf.bezugId().equals(entscheidungId) && aufgabeZurPostAm != null && !bestandskraeftig && !rechtzeitigAngefochten
                && status != AntragStatus.ZURUECKGENOMMEN) {
            apply(new EntscheidungBestandskraeftig(antragId, entscheidungId, widerspruchsfristEnde, widerspruchsfristEnde.plusDays(1)));
        }
    }

    @DeadlineHandler(deadlineName = ANHOERUNGSFRIST)
    void anhoerungsfristAbgelaufen(Fristablauf ablauf) {
        if (ablauf.bezugId().equals(anhoerungId) && !stellungnahmeEingegangen && !anhoerungsfristAbgelaufen && !anhoerungVerbraucht) {
            apply(new AnhoerungsfristAbgelaufen(antragId, anhoerungId, anhoerungsfrist));
        }
    }

    /** Checks a grant (first decision or Abhilfe) and builds its event; above the limit it needs approval. */
    private AntragBewilligt bewilligung(UUID neueEntscheidungId, Long betrag, LocalDate von, LocalDate bis,
            String rechtsgrundlage, String begruendung, Clock uhr, Freigabegrenze grenze, String benutzer, UUID ersetzt) {
        long cent = betragMonatlich(betrag, "betragMonatlichCent");
        LocalDate beginn = von == null ? leistungsbeginn : geschaeftsdatum(von, "bewilligungVon");
        LocalDate ende = bis == null ? Fristenrechner.bewilligungszeitraumEnde(beginn, Fristenrechner.REGELBEWILLIGUNGSZEITRAUM_MONATE)
                : geschaeftsdatum(bis, "bewilligungBis");
        if (ende.isBefore(beginn)) {
            throw new UngueltigeAngabe("bewilligungBis", "Der Bewilligungszeitraum endet vor seinem Beginn.");
        }
        LocalDate spaetestesEnde = beginn.plusMonths(Grenzen.MAX_BEWILLIGUNGSMONATE).minusDays(1);
        if (ende.isAfter(spaetestesEnde)) {
            // A domain rule with an exception for longer periods, not a malformed value: 422.
            throw new Regelverstoss("BEWILLIGUNGSZEITRAUM_ZU_LANG", "Ein Bewilligungszeitraum dauert höchstens "
                    + Grenzen.MAX_BEWILLIGUNGSMONATE + " Monate (in der Regel zwölf, § 44 Abs. 3 SGB XII); "
                    + "vom " + DATUM.format(beginn) + " an also bis spätestens " + DATUM.format(spaetestesEnde) + ".");
        }
        if (leistungsart == Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG && beginn.isBefore(leistungsbeginn)) {
            throw new Regelverstoss("VOR_LEISTUNGSBEGINN", "Grundsicherung wird frühestens ab dem Ersten des Monats geleistet, "
                    + "in dem sie beantragt wurde (§ 44 Abs. 2 SGB XII), hier ab " + DATUM.format(leistungsbeginn) + ".");
        }
        if (Fristenrechner.kenntnisgrundsatz(leistungsart) && beginn.isBefore(leistungsbeginn)) {
            throw new Regelverstoss("KENNTNISGRUNDSATZ", "Sozialhilfe setzt erst ein, wenn dem Amt bekannt wird, dass ihre "
                    + "Voraussetzungen vorliegen (§ 18 SGB XII), hier am " + DATUM.format(leistungsbeginn) + ". Ein früherer Beginn "
                    + "setzt eine frühere Kenntnis voraus; sie ist mit ihrer Quelle beim Antrag zu erfassen („Kenntnis am“).");
        }
        return new AntragBewilligt(antragId, neueEntscheidungId, cent, beginn, ende, rechtsgrundlage(rechtsgrundlage),
                begruendung(begruendung), LocalDate.now(uhr), entscheider(benutzer), grenze.ueberschrittenVon(cent), ersetzt);
    }

    /** Issues the act's document and checks its proof against the declared limits before it enters the event. */
    private static Dokumentnachweis dokument(Dokumentausfertigung dokumente, Dokumentart art, UUID dokumentId, AntragEreignis akt) {
        return Pruefung.dokumentnachweis(dokumente.ausfertigen(art, dokumentId, akt), "dokument");
    }

    private static String rechtsgrundlage(String rechtsgrundlage) {
        return pflichttext(rechtsgrundlage, Textart.KURZTEXT, "rechtsgrundlage", "Die Rechtsgrundlage der Entscheidung fehlt.");
    }

    private static String begruendung(String begruendung) {
        return pflichttext(begruendung, Textart.FREITEXT, "begruendung",
                "Jede Entscheidung ist zu begründen (§ 35 SGB X): die Begründung fehlt.");
    }

    /** Who decides: the logged-in user the command came from. */
    private static String entscheider(String benutzer) {
        if (benutzer == null || benutzer.isBlank()) {
            throw new ZugriffVerweigert("NICHT_ANGEMELDET", "Eine Entscheidung trifft eine angemeldete Person; sie ist nicht bekannt.");
        }
        return benutzer;
    }

    /** A new decision while a grant waits for approval replaces that grant. */
    private UUID ersetzteFreigabe() {
        return status == AntragStatus.FREIGABE_AUSSTEHEND ? entscheidungId : null;
    }

    private void nichtZurueckgenommen() {
        if (status == AntragStatus.ZURUECKGENOMMEN) {
            throw new Regelverstoss("ANTRAG_ZURUECKGENOMMEN", "Der Antrag wurde am " + DATUM.format(zurueckgenommenAm)
                    + " zurückgenommen; weitere Schritte sind nicht möglich.");
        }
    }

    private void mussUnentschiedenSein() {
        nichtZurueckgenommen();
        if (!status.unentschieden()) {
            throw new Regelverstoss("ANTRAG_ENTSCHIEDEN", "Über den Antrag ist bereits entschieden. Eine neue Entscheidung "
                    + "ergeht nur auf Widerspruch (Abhilfe) oder als Aufhebung.");
        }
    }

    /**
     * Still being investigated: no decision at all yet. Once a grant waits for approval the
     * investigation is over; only a new decision (which supersedes the grant) may follow.
     */
    private void mussInBearbeitungSein() {
        mussUnentschiedenSein();
        if (status == AntragStatus.FREIGABE_AUSSTEHEND) {
            throw new Regelverstoss("BEWILLIGUNG_WARTET_AUF_FREIGABE", "Über den Antrag ist entschieden, die Bewilligung wartet "
                    + "auf die Freigabe. Unterlagen werden jetzt nicht mehr angefordert oder erfasst.");
        }
    }

    private void mussWiderspruchAnhaengigSein() {
        nichtZurueckgenommen();
        if (!widerspruchAnhaengig) {
            throw new Regelverstoss("KEIN_WIDERSPRUCH", "Es ist kein Widerspruch anhängig.");
        }
    }

    private void mussWirksameBewilligungHaben(String meldung) {
        nichtZurueckgenommen();
        if (entscheidungsart != Entscheidungsart.BEWILLIGUNG || status.unentschieden()) {
            throw new Regelverstoss("KEINE_WIRKSAME_BEWILLIGUNG", meldung);
        }
    }

    private boolean anforderungLaeuft() {
        return anforderungId != null && !unterlagenEingegangen && !mitwirkungsfristAbgelaufen;
    }

    private boolean anhoerungLaeuft() {
        return anhoerungId != null && !anhoerungVerbraucht && !stellungnahmeEingegangen && !anhoerungsfristAbgelaufen;
    }

    private static LocalDate tagNichtInDerZukunft(LocalDate tag, Clock uhr, String feld, String was) {
        LocalDate heute = LocalDate.now(uhr);
        if (tag == null) {
            return heute;
        }
        geschaeftsdatum(tag, feld);
        if (tag.isAfter(heute)) {
            throw new UngueltigeAngabe(feld, was + " kann nicht in der Zukunft liegen.");
        }
        return tag;
    }

    static String euro(long cent) {
        return String.format(Locale.GERMANY, "%,d,%02d €", cent / 100, cent % 100);
    }

    @EventSourcingHandler
    void on(AntragGestellt ereignis) {
        antragId = ereignis.antragId();
        leistungsart = ereignis.leistungsart();
        eingangsdatum = ereignis.eingangsdatum();
        leistungsbeginn = ereignis.leistungsbeginn();
        status = AntragStatus.IN_BEARBEITUNG;
    }

    @EventSourcingHandler
    void on(UnterlagenAngefordert ereignis) {
        anforderungId = ereignis.anforderungId();
        angefordertAm = ereignis.angefordertAm();
        mitwirkungsfrist = ereignis.frist();
        mitRechtsfolgenbelehrung = ereignis.rechtsfolgenbelehrung() != null;
        unterlagenEingegangen = false;
        mitwirkungsfristAbgelaufen = false;
        status = AntragStatus.UNTERLAGEN_ANGEFORDERT;
    }

    @EventSourcingHandler
    void on(UnterlagenEingegangen ereignis) {
        unterlagenEingegangen = true;
        if (status == AntragStatus.UNTERLAGEN_ANGEFORDERT) {
            status = AntragStatus.IN_BEARBEITUNG;
        }
    }

    @EventSourcingHandler
    void on(MitwirkungsfristAbgelaufen ereignis) {
        mitwirkungsfristAbgelaufen = true;
    }

    @EventSourcingHandler
    void on(AntragBewilligt ereignis) {
        neueEntscheidung(ereignis.entscheidungId(), Entscheidungsart.BEWILLIGUNG, ereignis.entschiedenAm(), ereignis.entschiedenVon(),
                ereignis.dokument());
        betragMonatlichCent = ereignis.betragMonatlichCent();
        bewilligungVon = ereignis.bewilligungVon();
        bewilligungBis = ereignis.bewilligungBis();
        status = ereignis.freigabeErforderlich() ? AntragStatus.FREIGABE_AUSSTEHEND : AntragStatus.ENTSCHIEDEN;
    }

    @EventSourcingHandler
    void on(AntragAbgelehnt ereignis) {
        neueEntscheidung(ereignis.entscheidungId(), Entscheidungsart.ABLEHNUNG, ereignis.entschiedenAm(), ereignis.entschiedenVon(),
                ereignis.dokument());
        status = AntragStatus.ENTSCHIEDEN;
    }

    @EventSourcingHandler
    void on(AntragVersagt ereignis) {
        neueEntscheidung(ereignis.entscheidungId(), Entscheidungsart.VERSAGUNG, ereignis.entschiedenAm(), ereignis.entschiedenVon(),
                ereignis.dokument());
        status = AntragStatus.ENTSCHIEDEN;
    }

    @EventSourcingHandler
    void on(BewilligungAufgehoben ereignis) {
        neueEntscheidung(ereignis.entscheidungId(), Entscheidungsart.AUFHEBUNG, ereignis.entschiedenAm(), ereignis.entschiedenVon(),
                ereignis.dokument());
        anhoerungVerbraucht = true;
        status = AntragStatus.ENTSCHIEDEN;
    }

    private void neueEntscheidung(UUID id, Entscheidungsart art, LocalDate am, String von, Dokumentnachweis dokument) {
        bescheidMitBelehrung = dokument == null ? null : dokument.rechtsbehelfsbelehrung();
        entscheidungId = id;
        entscheidungsart = art;
        entschiedenAm = am;
        entschiedenVon = von;
        aufgabeZurPostAm = null;
        widerspruchsfristEnde = null;
        bestandskraeftig = false;
    }

    @EventSourcingHandler
    void on(BewilligungFreigegeben ereignis) {
        status = AntragStatus.ENTSCHIEDEN;
    }

    @EventSourcingHandler
    void on(BescheidBekanntgegeben ereignis) {
        aufgabeZurPostAm = ereignis.aufgabeZurPostAm();
        widerspruchsfristEnde = ereignis.widerspruchsfristEnde();
        status = AntragStatus.BESCHIEDEN;
    }

    @EventSourcingHandler
    void on(EntscheidungBestandskraeftig ereignis) {
        bestandskraeftig = true;
        if (status == AntragStatus.BESCHIEDEN) {
            status = AntragStatus.BESTANDSKRAEFTIG;
        }
    }

    @EventSourcingHandler
    void on(WiderspruchEingelegt ereignis) {
        widerspruchId = ereignis.widerspruchId();
        widerspruchGegen = ereignis.entscheidungId();
        widerspruchEingegangenAm = ereignis.eingegangenAm();
        widerspruchRechtzeitig = ereignis.rechtzeitig();
        widerspruchAnhaengig = true;
        status = AntragStatus.WIDERSPRUCH_ANHAENGIG;
    }

    @EventSourcingHandler
    void on(WiderspruchAbgeholfen ereignis) {
        widerspruchAnhaengig = false;
    }

    @EventSourcingHandler
    void on(WiderspruchZurueckgewiesen ereignis) {
        widerspruchAnhaengig = false;
        entscheidungenMitWiderspruchsbescheid.add(ereignis.entscheidungId());
        status = bestandskraeftig ? AntragStatus.BESTANDSKRAEFTIG : AntragStatus.WIDERSPRUCH_ZURUECKGEWIESEN;
    }

    @EventSourcingHandler
    void on(AntragZurueckgenommen ereignis) {
        zurueckgenommenAm = ereignis.zurueckgenommenAm();
        status = AntragStatus.ZURUECKGENOMMEN;
    }

    @EventSourcingHandler
    void on(AnhoerungEingeleitet ereignis) {
        anhoerungId = ereignis.anhoerungId();
        anhoerungZuEntscheidung = ereignis.entscheidungId();
        anhoerungsfrist = ereignis.frist();
        stellungnahmeEingegangen = false;
        anhoerungsfristAbgelaufen = false;
        anhoerungVerbraucht = false;
    }

    @EventSourcingHandler
    void on(AnhoerungStellungnahmeEingegangen ereignis) {
        stellungnahmeEingegangen = true;
    }

    @EventSourcingHandler
    void on(AnhoerungsfristAbgelaufen ereignis) {
        anhoerungsfristAbgelaufen = true;
    }
}
