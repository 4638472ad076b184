package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Antrag;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Entscheidung;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The arithmetic and the rule "which grant runs on the Stichtag", without a database. */
class KennzahlenRechnungTest {

    private static final LocalDate JAN = LocalDate.of(2030, 1, 1);
    private static final Antrag ANTRAG = new Antrag(UUID.randomUUID(), UUID.randomUUID(), "Innenstadt",
            Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, Altersgruppe.VON_18_BIS_UNTER_65, JAN, JAN, "BEWILLIGUNG", null);

    @Test
    void medianIstDerMittlereWertOderDasMittelDerBeidenMittleren() {
        assertThat(KennzahlenAbfrageHandler.median(List.of())).isNull();
        assertThat(KennzahlenAbfrageHandler.median(List.of(7L))).isEqualByComparingTo("7");
        assertThat(KennzahlenAbfrageHandler.median(List.of(5L, 15L))).isEqualByComparingTo("10");
        assertThat(KennzahlenAbfrageHandler.median(List.of(5L, 15L)).toPlainString()).isEqualTo("10");
        assertThat(KennzahlenAbfrageHandler.median(List.of(1L, 2L))).isEqualByComparingTo("1.5");
        assertThat(KennzahlenAbfrageHandler.median(List.of(10L, 10L, 20L, 25L, 30L))).isEqualByComparingTo("20");
    }

    @Test
    void das90ProzentPerzentilNachDemRangverfahren() {
        assertThat(KennzahlenAbfrageHandler.perzentil90(List.of())).isNull();
        assertThat(KennzahlenAbfrageHandler.perzentil90(List.of(4L))).isEqualTo(4);
        // ⌈0.9 · 10⌉ = 9: the ninth of ten values
        assertThat(KennzahlenAbfrageHandler.perzentil90(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L))).isEqualTo(9);
        // ⌈0.9 · 11⌉ = 10
        assertThat(KennzahlenAbfrageHandler.perzentil90(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L))).isEqualTo(10);
    }

    @Test
    void prozentMitZweiNachkommastellenUndOhneNenner() {
        assertThat(KennzahlenAbfrageHandler.prozent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(KennzahlenAbfrageHandler.prozent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(KennzahlenAbfrageHandler.prozent(0, 0)).isNull();
    }

    @Test
    void eineBewilligungZaehltErstMitDerFreigabeUndNurImBewilligungszeitraum() {
        Entscheidung wartet = bewilligung(null, null);
        Entscheidung freigegeben = bewilligung(JAN.plusDays(10), null);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(wartet), JAN.plusDays(20))).isEmpty();
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(freigegeben), JAN.plusDays(9))).isEmpty();
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(freigegeben), JAN.plusDays(10))).containsExactly(freigegeben);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(freigegeben), JAN.plusYears(1))).isEmpty();
    }

    @Test
    void eineAbhilfeErsetztDieAlteBewilligungAbIhrerWirksamkeit() {
        Entscheidung alt = bewilligung(JAN, null);
        Entscheidung neu = bewilligung(JAN.plusDays(40), alt.id());
        List<Entscheidung> beide = List.of(alt, neu);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(beide, JAN.plusDays(39))).containsExactly(alt);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(beide, JAN.plusDays(40))).containsExactly(neu);
        // a replacement still waiting for approval leaves the old grant running
        Entscheidung wartet = bewilligung(null, alt.id());
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(alt, wartet), JAN.plusDays(60))).containsExactly(alt);
    }

    @Test
    void eineAufhebungWirktAbIhremDatumSobaldSieEntschiedenIst() {
        Entscheidung bewilligung = bewilligung(JAN, null);
        Entscheidung aufhebung = new Entscheidung(UUID.randomUUID(), ANTRAG, "AUFHEBUNG", JAN.plusDays(30), null, null, null, null,
                bewilligung.id(), JAN.plusDays(20), null);
        List<Entscheidung> beide = List.of(bewilligung, aufhebung);
        // before the Aufhebung was decided, the grant still ran as far as anyone knew that day
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(beide, JAN.plusDays(25))).containsExactly(bewilligung);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(beide, JAN.plusDays(30))).isEmpty();
        Entscheidung kuenftig = new Entscheidung(UUID.randomUUID(), ANTRAG, "AUFHEBUNG", JAN.plusDays(30), null, null, null, null,
                bewilligung.id(), JAN.plusDays(50), null);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(bewilligung, kuenftig), JAN.plusDays(49))).containsExactly(bewilligung);
        assertThat(KennzahlenAbfrageHandler.laufendeBewilligungen(List.of(bewilligung, kuenftig), JAN.plusDays(50))).isEmpty();
    }

    private static Entscheidung bewilligung(LocalDate wirksam, UUID ersetzt) {
        return new Entscheidung(UUID.randomUUID(), ANTRAG, "BEWILLIGUNG", wirksam, 50_000L, JAN, JAN.plusYears(1).minusDays(1), ersetzt,
                null, null, null);
    }

    @Test
    void summenDerBetraegeSindExaktAuchUeberDenWertebereichVonLongHinaus() {
        // Stored events are never checked again: an old grant may carry any long, and two of the
        // largest once added up to -2. The sums are exact integers.
        Antrag zweiterFall = new Antrag(UUID.randomUUID(), UUID.randomUUID(), "Innenstadt",
                Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, Altersgruppe.VON_18_BIS_UNTER_65, JAN, JAN, "BEWILLIGUNG", null);
        List<Entscheidung> riesig = List.of(bewilligung(ANTRAG, Long.MAX_VALUE), bewilligung(zweiterFall, Long.MAX_VALUE),
                bewilligung(zweiterFall, 1));
        KennzahlenAbfrageHandler.Fakten fakten = new KennzahlenAbfrageHandler.Fakten(List.of(ANTRAG, zweiterFall), riesig,
                List.of(), List.of(), List.of(), Map.of());

        KennzahlenBereich bereich = KennzahlenAbfrageHandler.bereich("Innenstadt", Set.of("Innenstadt"), fakten,
                new KennzahlenAbfragen(JAN.plusDays(5), JAN, JAN.plusDays(5), Set.of("Innenstadt"))).werte();

        BigInteger summe = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO).add(BigInteger.ONE);
        assertThat(bereich.betragMonatlichCent()).isEqualTo(summe);
        assertThat(bereich.empfaengerPersonen()).isEqualTo(2);
        // (2 · (2^63 − 1) + 1) / 2 = 2^63 − 0.5, rounded half up: 2^63, one more than any long
        assertThat(bereich.betragJeEmpfaengerCent()).isEqualTo(BigInteger.TWO.pow(63));
        LeistungsartKennzahlen hlu = bereich.leistungsarten().stream()
                .filter(l -> l.leistungsart() == Leistungsart.HILFE_ZUM_LEBENSUNTERHALT).findFirst().orElseThrow();
        assertThat(hlu.betragMonatlichCent()).isEqualTo(summe);
        assertThat(hlu.anteilBetragProzent()).isEqualByComparingTo("100.00");
    }

    @Test
    void zehntausendBewilligungenZumHoechstbetragErgebenDieExakteSumme() {
        List<Entscheidung> viele = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            viele.add(bewilligung(ANTRAG, Grenzen.MAX_BETRAG_MONATLICH_CENT));
        }
        KennzahlenAbfrageHandler.Fakten fakten = new KennzahlenAbfrageHandler.Fakten(List.of(ANTRAG), viele,
                List.of(), List.of(), List.of(), Map.of());
        KennzahlenBereich bereich = KennzahlenAbfrageHandler.bereich("Innenstadt", Set.of("Innenstadt"), fakten,
                new KennzahlenAbfragen(JAN.plusDays(5), JAN, JAN.plusDays(5), Set.of("Innenstadt"))).werte();
        assertThat(bereich.betragMonatlichCent()).isEqualTo(BigInteger.valueOf(10_000L * Grenzen.MAX_BETRAG_MONATLICH_CENT));
    }

    private static Entscheidung bewilligung(Antrag antrag, long cent) {
        return new Entscheidung(UUID.randomUUID(), antrag, "BEWILLIGUNG", JAN, cent, JAN, JAN.plusMonths(6), null, null, null, null);
    }
}
