package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.common.Deutsch;
import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AnhoerungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.verlauf.Aggregat;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The Antrag's entries in the Verlauf: every legal step as a plain German sentence with the
 * statute it rests on, who decided and who approved. A grant above the limit reads, once
 * approved: "Antrag auf Hilfe zum Lebensunterhalt bewilligt: 563,00 € monatlich vom 01.03.2026
 * bis 28.02.2027, § 27 SGB XII – entschieden von fm.mueller, freigegeben von sgl.schmidt".
 */
@Component
@ProcessingGroup(Verlaufsprojektor.PROCESSING_GROUP)
class AntragVerlauf {

    private final Verlaufsprojektor verlauf;

    AntragVerlauf(Verlaufsprojektor verlauf) {
        this.verlauf = verlauf;
    }

    @EventHandler
    void on(AntragGestellt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        verlauf.zuordnen(e.antragId(), e.fallId());
        verlauf.merken(e.antragId(), e.leistungsart().bezeichnung());
        eintragen(e.antragId(), nachricht, seq, "Antrag auf " + e.leistungsart().bezeichnung() + " gestellt am "
                + Deutsch.datum(e.eingangsdatum()) + " (" + e.kanal().bezeichnung() + "); Leistungen ab "
                + Deutsch.datum(e.leistungsbeginn())
                + (e.kenntnisAm() != null && e.kenntnisAm().isBefore(e.eingangsdatum())
                        ? "; Kenntnis des Amts seit " + Deutsch.datum(e.kenntnisAm()) + " (" + e.kenntnisQuelle() + ", § 18 SGB XII)" : ""),
                e.leistungsart().rechtsgrundlage(), null);
    }

    @EventHandler
    void on(UnterlagenAngefordert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Unterlagen angefordert am " + Deutsch.datum(e.angefordertAm()) + ": "
                + String.join(", ", e.unterlagen()) + "; Frist bis " + Deutsch.datum(e.frist()), "§§ 60, 66 SGB I",
                "Rechtsfolgenbelehrung: " + e.rechtsfolgenbelehrung());
    }

    @EventHandler
    void on(UnterlagenEingegangen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Unterlagen eingegangen am " + Deutsch.datum(e.eingegangenAm())
                + (e.nachFristablauf() ? " (nach Ablauf der Mitwirkungsfrist)" : ""), null, e.bemerkung());
    }

    @EventHandler
    void on(MitwirkungsfristAbgelaufen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Mitwirkungsfrist am " + Deutsch.datum(e.frist())
                + " abgelaufen, ohne dass die angeforderten Unterlagen vorlagen; eine Versagung ist nun möglich", "§ 66 SGB I", null);
    }

    @EventHandler
    void on(AntragBewilligt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String bewilligung = "Antrag auf " + leistungsart(e.antragId()) + " bewilligt: " + Deutsch.betrag(e.betragMonatlichCent())
                + " monatlich vom " + Deutsch.datum(e.bewilligungVon()) + " bis " + Deutsch.datum(e.bewilligungBis()) + ", "
                + e.rechtsgrundlage() + " – entschieden von " + e.entschiedenVon();
        verlauf.merken(e.entscheidungId(), bewilligung);
        String satz = (e.ersetztEntscheidungId() == null ? "" : "Neue Entscheidung, ersetzt die bisherige: ") + bewilligung
                + (e.freigabeErforderlich() ? "; wirksam erst nach Freigabe durch die Sachgebietsleitung (Vier-Augen-Prinzip)" : "");
        eintragen(e.antragId(), nachricht, seq, satz, e.rechtsgrundlage(), e.begruendung());
    }

    @EventHandler
    void on(BewilligungFreigegeben e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, verlauf.bezeichnung(e.entscheidungId(), "Bewilligung") + ", freigegeben von " + e.freigegebenVon(),
                null, e.vermerk());
    }

    @EventHandler
    void on(AntragAbgelehnt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, (e.ersetztEntscheidungId() == null ? "" : "Neue Entscheidung, ersetzt die bisherige: ")
                + "Antrag auf " + leistungsart(e.antragId()) + " abgelehnt, " + e.rechtsgrundlage() + " – entschieden von "
                + e.entschiedenVon(), e.rechtsgrundlage(), e.begruendung());
    }

    @EventHandler
    void on(AntragVersagt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Leistung (" + leistungsart(e.antragId()) + ") wegen fehlender Mitwirkung versagt, "
                + e.rechtsgrundlage() + " – entschieden von " + e.entschiedenVon(), e.rechtsgrundlage(), e.begruendung());
    }

    @EventHandler
    void on(BescheidBekanntgegeben e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Bescheid am " + Deutsch.datum(e.aufgabeZurPostAm())
                + " zur Post gegeben, gilt als bekanntgegeben am " + Deutsch.datum(e.bekanntgabeAm()) + "; Widerspruchsfrist bis "
                + Deutsch.datum(e.widerspruchsfristEnde())
                + (e.mitRechtsbehelfsbelehrung() ? "" : " (ohne ordnungsgemäße Rechtsbehelfsbelehrung: ein Jahr, § 66 SGG)"),
                "§ 37 Abs. 2 SGB X, § 84 SGG", null);
    }

    @EventHandler
    void on(WiderspruchEingelegt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Widerspruch eingegangen am " + Deutsch.datum(e.eingegangenAm())
                + (e.rechtzeitig() ? " – rechtzeitig" : " – verspätet, die Frist endete am " + Deutsch.datum(e.widerspruchsfristEnde())),
                "§ 84 SGG", e.begruendung());
    }

    @EventHandler
    void on(WiderspruchAbgeholfen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Dem Widerspruch wurde abgeholfen; die bisherige Entscheidung wird durch eine neue ersetzt"
                + " – entschieden von " + e.entschiedenVon(), "§ 85 Abs. 1 SGG", e.begruendung());
    }

    @EventHandler
    void on(WiderspruchZurueckgewiesen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Widerspruch zurückgewiesen (Widerspruchsbescheid" + (e.verfristet() ? ", verfristet" : "")
                + "), " + e.rechtsgrundlage() + " – entschieden von " + e.entschiedenVon(), e.rechtsgrundlage(), e.begruendung());
    }

    @EventHandler
    void on(AntragZurueckgenommen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Antrag auf " + leistungsart(e.antragId()) + " am " + Deutsch.datum(e.zurueckgenommenAm())
                + " von der Person zurückgenommen", null, e.erklaerung());
    }

    @EventHandler
    void on(AnhoerungEingeleitet e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Anhörung eingeleitet am " + Deutsch.datum(e.eingeleitetAm()) + ": " + e.anlass()
                + "; Gelegenheit zur Stellungnahme bis " + Deutsch.datum(e.frist()), "§ 24 SGB X", null);
    }

    @EventHandler
    void on(AnhoerungStellungnahmeEingegangen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Stellungnahme zur Anhörung eingegangen am " + Deutsch.datum(e.eingegangenAm()),
                "§ 24 SGB X", e.stellungnahme());
    }

    @EventHandler
    void on(AnhoerungsfristAbgelaufen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Anhörungsfrist am " + Deutsch.datum(e.frist()) + " ohne Stellungnahme abgelaufen",
                "§ 24 SGB X", null);
    }

    @EventHandler
    void on(BewilligungAufgehoben e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Bewilligung (" + leistungsart(e.antragId()) + ") aufgehoben ab "
                + Deutsch.datum(e.aufgehobenAb()) + ", " + e.rechtsgrundlage() + " – entschieden von " + e.entschiedenVon(),
                e.rechtsgrundlage(), e.begruendung());
    }

    @EventHandler
    void on(EntscheidungBestandskraeftig e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        eintragen(e.antragId(), nachricht, seq, "Entscheidung bestandskräftig seit " + Deutsch.datum(e.bestandskraeftigAm())
                + " (kein Widerspruch bis " + Deutsch.datum(e.widerspruchsfristEnde()) + ")", "§ 77 SGG", null);
    }

    private void eintragen(UUID antragId, EventMessage<?> nachricht, long seq, String satz, String rechtsgrundlage, String begruendung) {
        verlauf.eintragenZumFall(Aggregat.ANTRAG, antragId, nachricht, seq, satz, rechtsgrundlage, begruendung);
    }

    private String leistungsart(UUID antragId) {
        return verlauf.bezeichnung(antragId, "eine Leistung");
    }
}
