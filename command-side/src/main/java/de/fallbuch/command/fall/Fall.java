package de.fallbuch.command.fall;

import static de.fallbuch.command.common.Versionspruefung.unveraendertSeitLetztemLesen;
import static de.fallbuch.kernel.common.Pruefung.auswahl;
import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.optionalerText;
import static de.fallbuch.kernel.common.Pruefung.pflichttext;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentiert;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellt;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.ErstberatungDokumentiert;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.VermittlungVeranlasst;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageErledigt;
import de.fallbuch.kernel.fall.WiedervorlageGesetzt;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import de.fallbuch.kernel.common.Metadaten;
import org.axonframework.messaging.annotation.MetaDataValue;
import de.fallbuch.command.datenschutz.Aufbewahrung;
import de.fallbuch.kernel.fall.LoeschsperreAufgehoben;
import de.fallbuch.kernel.fall.LoeschsperreAufheben;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import de.fallbuch.kernel.fall.LoeschsperreSetzen;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.kernel.fall.PersonendatenLoeschen;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.Personenangabe;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The Fall (case): opened at the first visit, it carries everything the office does with the
 * person as a whole. Command handlers check the rules and then apply an event; event-sourcing
 * handlers only assign state. Every handler returns the new aggregate version for the client's
 * optimistic concurrency; the opening returns the Aktenzeichen it drew.
 *
 * <p>Every value that enters an event passes {@code Pruefung} with its kind of text or date
 * (docs/grenzen.md); event-sourcing handlers never check, so old events stay readable.
 */
@Aggregate
public class Fall {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @AggregateIdentifier
    private UUID fallId;
    private FallStatus status;
    private String fallmanager;
    private LocalDate eroeffnetAm;
    /** The person as the file knows them now: a Berichtigung must change something. */
    private Person person;
    private boolean erstberatungDokumentiert;
    private final Set<UUID> offeneWiedervorlagen = new HashSet<>();
    private final Set<UUID> alleWiedervorlagen = new HashSet<>();
    private final Set<UUID> vermittlungen = new HashSet<>();

    protected Fall() {
        // for Axon
    }

    /**
     * Opens the Fall. The Aktenzeichen is drawn last, when nothing can refuse the opening any more, in the
     * command's transaction: a refused opening leaves no gap in the register.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    String eroeffnen(FallEroeffnen befehl, Clock uhr, AktenzeichenVergabe vergabe) {
        LocalDate heute = LocalDate.now(uhr);
        if (befehl.person() == null) {
            throw new UngueltigeAngabe("person", "Die Angaben zur Person fehlen.");
        }
        Person person = befehl.person().geprueft(heute);
        String dienststelle = pflichttext(befehl.dienststelle(), Textart.KURZTEXT, "dienststelle", "Die Dienststelle fehlt.");
        String fallmanager = pflichttext(befehl.fallmanager(), Textart.KURZTEXT, "fallmanager", "Der Fallmanager fehlt.");
        String anliegen = pflichttext(befehl.anliegen(), Textart.FREITEXT, "anliegen", "Das Anliegen der Person fehlt.");
        String aktenzeichen = vergabe.naechstes();
        apply(new FallEroeffnet(befehl.fallId(), aktenzeichen, person, dienststelle, fallmanager, anliegen, heute));
        return aktenzeichen;
    }

    @CommandHandler
    long handle(ErstberatungDokumentieren befehl, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        if (erstberatungDokumentiert) {
            throw new Regelverstoss("ERSTBERATUNG_BEREITS_DOKUMENTIERT",
                    "Die Erstberatung ist für diesen Fall bereits dokumentiert; weitere Gespräche bitte als Beratungsgespräch erfassen.");
        }
        LocalDate datum = befehl.datum() == null ? eroeffnetAm : befehl.datum();
        if (!datum.equals(eroeffnetAm)) {
            throw new Regelverstoss("ERSTBERATUNG_NICHT_AM_EROEFFNUNGSTAG",
                    "Die Erstberatung findet am Tag der Fallöffnung statt (" + DATUM.format(eroeffnetAm) + ").");
        }
        apply(new ErstberatungDokumentiert(fallId, datum,
                pflichttext(befehl.anliegen(), Textart.FREITEXT, "anliegen", "Das Anliegen der Person fehlt."),
                pflichttext(befehl.ersteSchritte(), Textart.FREITEXT, "ersteSchritte", "Die vereinbarten ersten Schritte fehlen.")));
        return getVersion();
    }

    @CommandHandler
    long handle(BeratungsgespraechDokumentieren befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        erstberatungMussDokumentiertSein();
        LocalDate datum = datumImFall(befehl.datum(), uhr, "Das Beratungsgespräch");
        apply(new BeratungsgespraechDokumentiert(fallId, datum,
                pflichttext(befehl.thema(), Textart.KURZTEXT, "thema", "Das Thema des Gesprächs fehlt."),
                pflichttext(befehl.inhalt(), Textart.FREITEXT, "inhalt", "Der Inhalt des Gesprächs fehlt.")));
        return getVersion();
    }

    @CommandHandler
    long handle(EinzelfallanalyseErstellen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        erstberatungMussDokumentiertSein();
        LocalDate datum = datumImFall(befehl.datum(), uhr, "Die Einzelfallanalyse");
        if (befehl.erwerbsfaehigkeit() == null) {
            throw new UngueltigeAngabe("erwerbsfaehigkeit", "Bitte angeben, ob die Person erwerbsfähig ist (oder dass es noch ungeklärt ist).");
        }
        apply(new EinzelfallanalyseErstellt(fallId, datum,
                auswahl(befehl.hemmnisse(), Hemmnis.class, "hemmnisse"),
                pflichttext(befehl.ressourcen(), Textart.FREITEXT, "ressourcen", "Die Ressourcen der Person fehlen."),
                befehl.erwerbsfaehigkeit(),
                optionalerText(befehl.einschaetzung(), Textart.FREITEXT, "einschaetzung")));
        return getVersion();
    }

    @CommandHandler
    long handle(VermittlungVeranlassen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        if (befehl.partner() == null) {
            throw new UngueltigeAngabe("partner", "Der Partner, an den vermittelt wird, fehlt.");
        }
        String partnerBezeichnung = optionalerText(befehl.partnerBezeichnung(), Textart.KURZTEXT, "partnerBezeichnung");
        if (befehl.partner() == Vermittlungspartner.SONSTIGER_PARTNER && partnerBezeichnung == null) {
            throw new UngueltigeAngabe("partnerBezeichnung", "Bei einem sonstigen Partner ist der Name des Partners anzugeben.");
        }
        if (vermittlungen.contains(befehl.vermittlungId())) {
            throw new Regelverstoss("VERMITTLUNG_BEREITS_ERFASST", "Diese Vermittlung ist bereits erfasst.");
        }
        if (!befehl.einwilligungErteilt() || befehl.einwilligungAm() == null) {
            throw new Regelverstoss("EINWILLIGUNG_FEHLT",
                    "Ohne Einwilligung der Person dürfen keine Sozialdaten an " + befehl.partner().bezeichnung()
                            + " weitergegeben werden (§ 67b SGB X). Bitte die Einwilligung mit Datum erfassen.");
        }
        geschaeftsdatum(befehl.einwilligungAm(), "einwilligungAm");
        if (befehl.einwilligungAm().isAfter(LocalDate.now(uhr))) {
            throw new UngueltigeAngabe("einwilligungAm", "Das Datum der Einwilligung liegt in der Zukunft.");
        }
        apply(new VermittlungVeranlasst(fallId, befehl.vermittlungId(), befehl.partner(), partnerBezeichnung,
                pflichttext(befehl.anlass(), Textart.KURZTEXT, "anlass", "Der Anlass der Vermittlung fehlt."),
                befehl.einwilligungAm()));
        return getVersion();
    }

    @CommandHandler
    long handle(WiedervorlageSetzen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        if (befehl.faelligAm() == null) {
            throw new UngueltigeAngabe("faelligAm", "Das Datum der Wiedervorlage fehlt.");
        }
        geschaeftsdatum(befehl.faelligAm(), "faelligAm");
        if (befehl.faelligAm().isBefore(LocalDate.now(uhr))) {
            throw new Regelverstoss("WIEDERVORLAGE_IN_DER_VERGANGENHEIT", "Eine Wiedervorlage kann nicht in der Vergangenheit liegen.");
        }
        if (alleWiedervorlagen.contains(befehl.wiedervorlageId())) {
            throw new Regelverstoss("WIEDERVORLAGE_BEREITS_ERFASST", "Diese Wiedervorlage ist bereits erfasst.");
        }
        apply(new WiedervorlageGesetzt(fallId, befehl.wiedervorlageId(), befehl.faelligAm(),
                pflichttext(befehl.anlass(), Textart.KURZTEXT, "anlass", "Der Anlass der Wiedervorlage fehlt.")));
        return getVersion();
    }

    @CommandHandler
    long handle(WiedervorlageErledigen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        fallMussOffenSein();
        if (!alleWiedervorlagen.contains(befehl.wiedervorlageId())) {
            throw new Regelverstoss("WIEDERVORLAGE_UNBEKANNT", "Zu diesem Fall gibt es keine solche Wiedervorlage.");
        }
        if (!offeneWiedervorlagen.contains(befehl.wiedervorlageId())) {
            throw new Regelverstoss("WIEDERVORLAGE_NICHT_OFFEN",
                    "Diese Wiedervorlage ist bereits erledigt oder mit dem Abschluss des Falls entfallen.");
        }
        apply(new WiedervorlageErledigt(fallId, befehl.wiedervorlageId(), optionalerText(befehl.vermerk(), Textart.FREITEXT, "vermerk"),
                LocalDate.now(uhr)));
        return getVersion();
    }

    @CommandHandler
    long handle(FallmanagerWechseln befehl, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        String neuerFallmanager = pflichttext(befehl.neuerFallmanager(), Textart.KURZTEXT, "neuerFallmanager",
                "Der neue Fallmanager fehlt.");
        String grund = pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für den Wechsel fehlt.");
        fallMussOffenSein();
        if (neuerFallmanager.equals(fallmanager)) {
            throw new Regelverstoss("FALLMANAGER_UNVERAENDERT", neuerFallmanager + " ist bereits für diesen Fall zuständig.");
        }
        apply(new FallmanagerGewechselt(fallId, fallmanager, neuerFallmanager, grund));
        return getVersion();
    }

    @CommandHandler
    long handle(FallAbschliessen befehl, Clock uhr, OffeneAntraege antraege, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        if (status == FallStatus.ABGESCHLOSSEN) {
            throw new Regelverstoss("FALL_BEREITS_ABGESCHLOSSEN", "Der Fall ist bereits abgeschlossen.");
        }
        if (befehl.grund() == null) {
            throw new UngueltigeAngabe("grund", "Der Grund für den Abschluss fehlt.");
        }
        String bemerkung = optionalerText(befehl.bemerkung(), Textart.FREITEXT, "bemerkung");
        if (befehl.grund() == Abschlussgrund.SONSTIGES && bemerkung == null) {
            throw new UngueltigeAngabe("bemerkung", "Bei einem sonstigen Grund ist der Abschluss in einer Bemerkung zu begründen.");
        }
        int unentschieden = antraege.unentschiedeneAntraege(fallId);
        if (unentschieden > 0) {
            throw new Regelverstoss("FALL_HAT_UNENTSCHIEDENE_ANTRAEGE", (unentschieden == 1
                    ? "Über einen Antrag in diesem Fall ist"
                    : "Über " + unentschieden + " Anträge in diesem Fall ist")
                    + " noch nicht entschieden. Ein Fall mit unentschiedenen Anträgen kann nicht abgeschlossen werden.");
        }
        LocalDate heute = LocalDate.now(uhr);
        antraege.laufendeBewilligungBis(fallId, heute).ifPresent(bis -> {
            // the person would still receive benefits (and count in the Kennzahlen) from a closed Fall
            throw new Regelverstoss("BEWILLIGUNG_LAEUFT", "In diesem Fall läuft noch eine Bewilligung bis zum " + DATUM.format(bis)
                    + ". Ein Fall kann erst abgeschlossen werden, wenn keine Bewilligung mehr läuft: heben Sie sie vorher auf "
                    + "(§ 48 SGB X) oder schließen Sie den Fall nach ihrem Ende ab.");
        });
        apply(new FallAbgeschlossen(fallId, befehl.grund(), bemerkung, heute));
        return getVersion();
    }

    @CommandHandler
    long handle(FallWiederaufnehmen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        personendatenNichtGeloescht();
        if (status != FallStatus.ABGESCHLOSSEN) {
            throw new Regelverstoss("FALL_NICHT_ABGESCHLOSSEN", "Nur ein abgeschlossener Fall kann wieder aufgenommen werden.");
        }
        apply(new FallWiederaufgenommen(fallId,
                pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für die Wiederaufnahme fehlt."),
                LocalDate.now(uhr)));
        return getVersion();
    }

    private void fallMussOffenSein() {
        if (status != FallStatus.OFFEN) {
            throw new Regelverstoss("FALL_ABGESCHLOSSEN",
                    "Der Fall ist abgeschlossen. Bitte nehmen Sie ihn zuerst wieder auf.");
        }
    }

    private void erstberatungMussDokumentiertSein() {
        if (!erstberatungDokumentiert) {
            throw new Regelverstoss("ERSTBERATUNG_FEHLT", "Bitte dokumentieren Sie zuerst die Erstberatung.");
        }
    }

    /** A date of something that happened in this Fall: not before it was opened, not in the future. */
    private LocalDate datumImFall(LocalDate datum, Clock uhr, String was) {
        LocalDate heute = LocalDate.now(uhr);
        if (datum == null) {
            return heute;
        }
        geschaeftsdatum(datum, "datum");
        if (datum.isAfter(heute)) {
            throw new UngueltigeAngabe("datum", was + " kann nicht in der Zukunft liegen.");
        }
        if (datum.isBefore(eroeffnetAm)) {
            throw new Regelverstoss("DATUM_VOR_FALLEROEFFNUNG",
                    was + " kann nicht vor der Fallöffnung am " + DATUM.format(eroeffnetAm) + " liegen.");
        }
        return datum;
    }

    @EventSourcingHandler
    void on(FallEroeffnet ereignis) {
        fallId = ereignis.fallId();
        status = FallStatus.OFFEN;
        person = ereignis.person();
        fallmanager = ereignis.fallmanager();
        eroeffnetAm = ereignis.eroeffnetAm();
    }

    @EventSourcingHandler
    void on(ErstberatungDokumentiert ereignis) {
        erstberatungDokumentiert = true;
    }

    @EventSourcingHandler
    void on(VermittlungVeranlasst ereignis) {
        vermittlungen.add(ereignis.vermittlungId());
    }

    @EventSourcingHandler
    void on(WiedervorlageGesetzt ereignis) {
        offeneWiedervorlagen.add(ereignis.wiedervorlageId());
        alleWiedervorlagen.add(ereignis.wiedervorlageId());
    }

    @EventSourcingHandler
    void on(WiedervorlageErledigt ereignis) {
        offeneWiedervorlagen.remove(ereignis.wiedervorlageId());
    }

    @EventSourcingHandler
    void on(FallmanagerGewechselt ereignis) {
        fallmanager = ereignis.neuerFallmanager();
    }

    @EventSourcingHandler
    void on(FallAbgeschlossen ereignis) {
        status = FallStatus.ABGESCHLOSSEN;
        // Open follow-ups lapse with the case; a reopened case starts without them.
        offeneWiedervorlagen.clear();
    }

    @EventSourcingHandler
    void on(FallWiederaufgenommen ereignis) {
        status = FallStatus.OFFEN;
    }
    // --- Datenschutz: legal hold and erasure of personal data (docs/datenschutz.md) ---

    private boolean loeschsperre;
    private boolean personendatenGeloescht;

    @CommandHandler
    long handle(LoeschsperreSetzen befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer) {
        String grund = pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für die Löschsperre fehlt.");
        personendatenNichtGeloescht();
        if (loeschsperre) {
            throw new Regelverstoss("LOESCHSPERRE_BESTEHT", "Für diesen Fall besteht bereits eine Löschsperre.");
        }
        apply(new LoeschsperreGesetzt(fallId, grund, LocalDate.now(uhr), benutzer));
        return getVersion();
    }

    @CommandHandler
    long handle(LoeschsperreAufheben befehl, Clock uhr, @MetaDataValue(Metadaten.BENUTZER) String benutzer) {
        String grund = pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für die Aufhebung fehlt.");
        if (!loeschsperre) {
            throw new Regelverstoss("KEINE_LOESCHSPERRE", "Für diesen Fall besteht keine Löschsperre.");
        }
        apply(new LoeschsperreAufgehoben(fallId, grund, LocalDate.now(uhr), benutzer));
        return getVersion();
    }

    /**
     * Erasure at the end of retention: only for a closed Fall without legal hold whose retention period
     * ({@link Aufbewahrung}: years after closing, the last Bewilligungszeitraum, running deadlines) has ended.
     */
    @CommandHandler
    long handle(PersonendatenLoeschen befehl, Clock uhr, Aufbewahrung aufbewahrung,
            @MetaDataValue(Metadaten.BENUTZER) String benutzer) {
        String rechtsgrundlage = pflichttext(befehl.rechtsgrundlage(), Textart.KURZTEXT, "rechtsgrundlage",
                "Die Rechtsgrundlage der Löschung fehlt.");
        String begruendung = pflichttext(befehl.begruendung(), Textart.FREITEXT, "begruendung", "Die Begründung der Löschung fehlt.");
        personendatenNichtGeloescht();
        if (status != FallStatus.ABGESCHLOSSEN) {
            throw new Regelverstoss("FALL_NICHT_ABGESCHLOSSEN", "Personenbezogene Daten werden erst nach dem Abschluss des Falls gelöscht.");
        }
        if (loeschsperre) {
            throw new Regelverstoss("LOESCHSPERRE", "Für diesen Fall besteht eine Löschsperre; sie ist zuerst aufzuheben.");
        }
        LocalDate heute = LocalDate.now(uhr);
        aufbewahrung.loeschbarAb(fallId).filter(ab -> ab.isAfter(heute)).ifPresent(ab -> {
            throw new Regelverstoss("AUFBEWAHRUNGSFRIST_LAEUFT",
                    "Die Aufbewahrungsfrist dieses Falls läuft noch bis zum " + DATUM.format(ab.minusDays(1))
                            + "; gelöscht werden kann ab dem " + DATUM.format(ab) + ".");
        });
        apply(new PersonendatenGeloescht(fallId, rechtsgrundlage, begruendung, heute, benutzer, aufbewahrung.antraege(fallId), aufbewahrung.hilfevereinbarungen(fallId)));
        return getVersion();
    }

    private void personendatenNichtGeloescht() {
        if (personendatenGeloescht) {
            throw new Regelverstoss("PERSONENDATEN_GELOESCHT", "Die personenbezogenen Daten dieses Falls sind gelöscht; "
                    + "der Fall kann nicht mehr bearbeitet werden.");
        }
    }

    @EventSourcingHandler
    void on(LoeschsperreGesetzt ereignis) {
        loeschsperre = true;
    }

    @EventSourcingHandler
    void on(LoeschsperreAufgehoben ereignis) {
        loeschsperre = false;
    }

    @EventSourcingHandler
    void on(PersonendatenGeloescht ereignis) {
        personendatenGeloescht = true;
    }

    // --- Berichtigung of personal data (Art. 16 DSGVO) ---

    /**
     * Corrects or updates the person's data. A wrong value is corrected as long as the Fall's personal data
     * exist, on a closed Fall too (the right to rectification does not end with the case); an update
     * (a move, a new name) is the current work of an open Fall and holds from a date between the opening and
     * today. A birth date never changes, so it is only ever corrected.
     */
    @CommandHandler
    long handle(PersonendatenBerichtigen befehl, Clock uhr, ConflictResolver konflikte) {
        unveraendertSeitLetztemLesen(konflikte, "Der Fall");
        LocalDate heute = LocalDate.now(uhr);
        if (befehl.art() == null) {
            throw new UngueltigeAngabe("art", "Bitte angeben, ob falsche Angaben berichtigt oder geänderte Angaben aktualisiert werden.");
        }
        if (befehl.person() == null) {
            throw new UngueltigeAngabe("person", "Die Angaben zur Person fehlen.");
        }
        Person neu = befehl.person().geprueft(heute);
        String grund = pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für die Änderung der Personendaten fehlt.");
        LocalDate gueltigAb = geschaeftsdatum(befehl.gueltigAb(), "gueltigAb");
        if (befehl.art() == Berichtigungsart.BERICHTIGUNG && gueltigAb != null) {
            throw new UngueltigeAngabe("gueltigAb", "Eine Berichtigung gilt von Anfang an; ein „gültig ab“ gibt es nur bei einer Aktualisierung.");
        }
        if (befehl.art() == Berichtigungsart.AKTUALISIERUNG) {
            if (gueltigAb == null) {
                throw new UngueltigeAngabe("gueltigAb", "Bei einer Aktualisierung ist anzugeben, ab wann die neuen Angaben gelten.");
            }
            if (gueltigAb.isAfter(heute)) {
                throw new UngueltigeAngabe("gueltigAb", "Das Datum, ab dem die neuen Angaben gelten, kann nicht in der Zukunft liegen.");
            }
        }
        personendatenNichtGeloescht();
        if (befehl.art() == Berichtigungsart.AKTUALISIERUNG) {
            if (status != FallStatus.OFFEN) {
                throw new Regelverstoss("FALL_ABGESCHLOSSEN", "Der Fall ist abgeschlossen: geänderte Angaben werden nur in einem "
                        + "offenen Fall aktualisiert. Falsche Angaben können weiterhin berichtigt werden.");
            }
            if (gueltigAb.isBefore(eroeffnetAm)) {
                throw new Regelverstoss("DATUM_VOR_FALLEROEFFNUNG", "Eine Aktualisierung kann nicht vor der Fallöffnung am "
                        + DATUM.format(eroeffnetAm) + " gelten; war die Angabe schon bei der Eröffnung falsch, bitte berichtigen.");
            }
        }
        Set<Personenangabe> geaendert = unterschiede(person, neu);
        if (geaendert.isEmpty()) {
            throw new Regelverstoss("PERSONENDATEN_UNVERAENDERT", "Die Angaben zur Person sind unverändert; es gibt nichts zu ändern.");
        }
        if (befehl.art() == Berichtigungsart.AKTUALISIERUNG && geaendert.contains(Personenangabe.GEBURTSDATUM)) {
            throw new Regelverstoss("GEBURTSDATUM_NUR_BERICHTIGEN",
                    "Ein Geburtsdatum ändert sich nicht: ein falsches Geburtsdatum wird berichtigt, nicht aktualisiert.");
        }
        apply(new PersonendatenBerichtigt(fallId, befehl.art(), geaendert, person, neu, gueltigAb, grund, heute));
        return getVersion();
    }

    private static Set<Personenangabe> unterschiede(Person bisher, Person neu) {
        Set<Personenangabe> geaendert = EnumSet.noneOf(Personenangabe.class);
        if (!Objects.equals(bisher.vorname(), neu.vorname())) {
            geaendert.add(Personenangabe.VORNAME);
        }
        if (!Objects.equals(bisher.nachname(), neu.nachname())) {
            geaendert.add(Personenangabe.NACHNAME);
        }
        if (!Objects.equals(bisher.geburtsdatum(), neu.geburtsdatum())) {
            geaendert.add(Personenangabe.GEBURTSDATUM);
        }
        if (!Objects.equals(bisher.anschrift(), neu.anschrift())) {
            geaendert.add(Personenangabe.ANSCHRIFT);
        }
        return geaendert;
    }

    @EventSourcingHandler
    void on(PersonendatenBerichtigt ereignis) {
        person = ereignis.person();
    }
}
