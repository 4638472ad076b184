package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.common.Deutsch;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfGeaendert;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortgeschrieben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnet;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgebrochen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgeschlossen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBegonnen;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.ZielErreicht;
import de.fallbuch.kernel.hilfevereinbarung.ZielVerfehlt;
import de.fallbuch.kernel.verlauf.Aggregat;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The Hilfevereinbarung's entries in the Verlauf. Since 2023 (§12 SGB XII) the agreement is made
 * with the person's consent, not a contract: the sentences say so where it matters (signature,
 * breach of duty, withdrawal).
 */
@Component
@ProcessingGroup(Verlaufsprojektor.PROCESSING_GROUP)
class HilfevereinbarungVerlauf {

    private static final String PARAGRAF_12 = "§ 12 SGB XII";

    private final Verlaufsprojektor verlauf;

    HilfevereinbarungVerlauf(Verlaufsprojektor verlauf) {
        this.verlauf = verlauf;
    }

    @EventHandler
    void on(HilfevereinbarungEntworfen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        verlauf.zuordnen(e.hilfevereinbarungId(), e.fallId());
        bezeichnungenMerken(e.inhalt());
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Hilfevereinbarung entworfen (Fassung " + e.fassung() + "): "
                + umfang(e.inhalt()), PARAGRAF_12, null);
    }

    @EventHandler
    void on(EntwurfGeaendert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        bezeichnungenMerken(e.inhalt());
        String verworfen = e.verworfeneUnterschriften().isEmpty() ? ""
                : ". Verworfene Unterschriften: " + e.verworfeneUnterschriften().stream().sorted()
                        .map(Unterzeichner::bezeichnung).collect(Collectors.joining(", "));
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Entwurf der Fassung " + e.fassung() + " geändert: "
                + umfang(e.inhalt()) + verworfen, null, null);
    }

    @EventHandler
    void on(HilfevereinbarungFortgeschrieben e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        bezeichnungenMerken(e.inhalt());
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Fortschreibung begonnen: Entwurf der Fassung " + e.fassung() + ", "
                + umfang(e.inhalt()), PARAGRAF_12, e.anlass());
    }

    @EventHandler
    void on(HilfevereinbarungUnterzeichnet e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String wer = e.unterzeichner() == Unterzeichner.PERSON
                ? "von der Person unterzeichnet (Einwilligung)"
                : "von " + e.unterzeichnetVon() + " für das Sozialamt unterzeichnet";
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Fassung " + e.fassung() + " der Hilfevereinbarung am "
                + Deutsch.datum(e.datum()) + " " + wer, PARAGRAF_12, null);
    }

    @EventHandler
    void on(HilfevereinbarungInKraftGetreten e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Fassung " + e.fassung() + " der Hilfevereinbarung in Kraft seit "
                + Deutsch.datum(e.inKraftAm()) + (e.abgeloesteFassung() == null ? "" : ", löst Fassung " + e.abgeloesteFassung() + " ab")
                + "; nächste Überprüfung am " + Deutsch.datum(e.naechsteUeberpruefung()), PARAGRAF_12, null);
    }

    @EventHandler
    void on(MassnahmeBegonnen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Maßnahme „" + bezeichnung(e.massnahmeId()) + "“ begonnen am "
                + Deutsch.datum(e.datum()), null, null);
    }

    @EventHandler
    void on(MassnahmeAbgeschlossen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Maßnahme „" + bezeichnung(e.massnahmeId()) + "“ abgeschlossen am "
                + Deutsch.datum(e.datum()), null, null);
    }

    @EventHandler
    void on(MassnahmeAbgebrochen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Maßnahme „" + bezeichnung(e.massnahmeId()) + "“ abgebrochen am "
                + Deutsch.datum(e.datum()), null, e.grund());
    }

    @EventHandler
    void on(ZielErreicht e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Ziel „" + bezeichnung(e.zielId()) + "“ erreicht am "
                + Deutsch.datum(e.datum()), null, e.vermerk());
    }

    @EventHandler
    void on(ZielVerfehlt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Ziel „" + bezeichnung(e.zielId()) + "“ verfehlt (festgestellt am "
                + Deutsch.datum(e.datum()) + ")", null, e.begruendung());
    }

    @EventHandler
    void on(UeberpruefungDokumentiert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Überprüfung der Hilfevereinbarung am " + Deutsch.datum(e.datum())
                + ": " + e.ergebnis() + "; nächste Überprüfung am " + Deutsch.datum(e.naechsterTermin()), null, null);
    }

    @EventHandler
    void on(PflichtverletzungDokumentiert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String stellungnahme = e.stellungnahmeAbgelehnt() ? "Die Person hat eine Stellungnahme abgelehnt."
                : "Stellungnahme der Person: " + e.stellungnahme();
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Verletzung der Pflicht „" + bezeichnung(e.pflichtId())
                + "“ am " + Deutsch.datum(e.datum()) + " festgehalten: " + e.sachverhalt() + ". " + stellungnahme
                + " Eine Sanktion folgt daraus nicht von selbst.", PARAGRAF_12, null);
    }

    @EventHandler
    void on(EinwilligungWiderrufen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Die Person hat ihre Einwilligung in die Hilfevereinbarung am "
                + Deutsch.datum(e.datum()) + " widerrufen", PARAGRAF_12, e.erklaerung());
    }

    @EventHandler
    void on(HilfevereinbarungBeendet e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.hilfevereinbarungId(), nachricht, seq, "Hilfevereinbarung beendet am " + Deutsch.datum(e.beendetAm()) + ": "
                + e.grund().bezeichnung(), null, e.bemerkung());
    }

    private void eintragen(UUID hilfevereinbarungId, EventMessage<?> nachricht, long seq, String satz, String rechtsgrundlage,
            String begruendung) {
        verlauf.eintragenZumFall(Aggregat.HILFEVEREINBARUNG, hilfevereinbarungId, nachricht, seq, satz, rechtsgrundlage, begruendung);
    }

    private void bezeichnungenMerken(Vereinbarungsinhalt inhalt) {
        inhalt.ziele().forEach(z -> merken(z.zielId(), z.beschreibung()));
        inhalt.massnahmen().forEach(m -> merken(m.massnahmeId(), massnahme(m)));
        inhalt.pflichten().forEach(p -> merken(p.pflichtId(), p.beschreibung()));
    }

    private void merken(UUID id, String bezeichnung) {
        verlauf.merken(id, bezeichnung);
    }

    private String bezeichnung(UUID id) {
        return verlauf.bezeichnung(id, "unbekannt");
    }

    private static String massnahme(Massnahme m) {
        return m.art().bezeichnung() + (m.beschreibung() == null ? "" : ": " + m.beschreibung());
    }

    private static String umfang(Vereinbarungsinhalt inhalt) {
        return anzahl(inhalt.ziele().size(), "Ziel", "Ziele") + ", " + anzahl(inhalt.massnahmen().size(), "Maßnahme", "Maßnahmen")
                + ", " + anzahl(inhalt.pflichten().size(), "Pflicht der Person", "Pflichten der Person") + ", "
                + anzahl(inhalt.leistungenAmt().size(), "Leistung des Amts", "Leistungen des Amts")
                + "; nächste Überprüfung am " + Deutsch.datum(inhalt.ueberpruefungstermin());
    }

    private static String anzahl(int n, String einzahl, String mehrzahl) {
        return n + " " + (n == 1 ? einzahl : mehrzahl);
    }
}
