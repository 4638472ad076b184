package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Antrag;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Entscheidung;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Fakten;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Widerspruch;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Suppression of small groups (docs/kennzahlen.md, "Geheimhaltung"), without a database: primary
 * suppression below the minimum of persons, secondary suppression so that no suppressed cell
 * follows from a total minus the rest, and exact figures for large groups.
 */
class GeheimhaltungTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final LocalDate TAG = LocalDate.of(2031, 3, 10);
    private static final Leistungsart HLU = Leistungsart.HILFE_ZUM_LEBENSUNTERHALT;

    private final List<Antrag> antraege = new ArrayList<>();
    private final List<Entscheidung> entscheidungen = new ArrayList<>();
    private final List<Widerspruch> widersprueche = new ArrayList<>();

    @Test
    void eineEinzigePersonAnEinemTagIstAusKeinerZahlZuErkennen() throws Exception {
        bewilligt(UUID.randomUUID(), "Einzel", HLU, 7, 54_321);

        Kennzahlen k = veroeffentlicht(Set.of("Einzel"), 3);

        for (KennzahlenBereich b : List.of(k.dienststellen().get(0), k.gesamt())) {
            LeistungsartKennzahlen hlu = art(b, HLU);
            assertThat(hlu.empfaenger()).isNull();
            assertThat(hlu.betragMonatlichCent()).isNull();
            assertThat(hlu.betragJeEmpfaengerCent()).isNull();
            assertThat(hlu.anteilEmpfaengerProzent()).isNull();
            assertThat(hlu.dichten().get(0).empfaenger()).isNull();
            assertThat(hlu.unterdrueckt()).contains("empfaenger", "betragMonatlichCent", "betragJeEmpfaengerCent");
            assertThat(b.empfaengerPersonen()).isNull();
            assertThat(b.leistungsbezuege()).isNull();
            assertThat(b.betragMonatlichCent()).isNull();
            assertThat(b.betragJeEmpfaengerCent()).isNull();
            assertThat(b.unterdrueckt()).containsExactlyInAnyOrder("empfaengerPersonen", "leistungsbezuege", "betragMonatlichCent",
                    "betragJeEmpfaengerCent");
            assertThat(b.bearbeitungsdauer().anzahl()).isNull();
            assertThat(b.bearbeitungsdauer().medianTage()).isNull();
            assertThat(b.bearbeitungsdauer().perzentil90Tage()).isNull();
            assertThat(b.erstentscheidungen().bewilligt()).isNull();
            assertThat(b.erstentscheidungen().bewilligungsquoteProzent()).isNull();
            // nobody else: the other Leistungsarten are an honest 0
            assertThat(art(b, Leistungsart.WOHNGELD).empfaenger()).isZero();
        }
        String json = JSON.writeValueAsString(k);
        assertThat(json).doesNotContain("54321", "27160");  // the amount, half of it
        assertThat(json).doesNotContain(":7,", ":7}", ":7.0");  // the processing time in days
        String csv = KennzahlenCsv.csv(k, KennzahlenCsv.Format.INTERNATIONAL);
        assertThat(csv).doesNotContain("54321").contains("\"Einzel\",\"empfaenger_personen\",,,\"•\"");
    }

    @Test
    void grosseGruppenBleibenExaktUndUnveraendert() {
        bewilligt(UUID.randomUUID(), "Gruppe", HLU, 10, 30_000);
        bewilligt(UUID.randomUUID(), "Gruppe", HLU, 20, 40_000);
        bewilligt(UUID.randomUUID(), "Gruppe", HLU, 30, 50_000);

        KennzahlenAbfrageHandler.Ergebnis roh = KennzahlenAbfrageHandler.rechnen(fakten(), abfrage(Set.of("Gruppe")), 3);
        Kennzahlen k = Unterdrueckung.anwenden(roh, 3);

        assertThat(k).isEqualTo(roh.roh());
        LeistungsartKennzahlen hlu = art(k.gesamt(), HLU);
        assertThat(hlu.empfaenger()).isEqualTo(3);
        assertThat(hlu.betragMonatlichCent()).isEqualTo(BigInteger.valueOf(120_000));
        assertThat(hlu.betragJeEmpfaengerCent()).isEqualTo(BigInteger.valueOf(40_000));
        assertThat(k.gesamt().bearbeitungsdauer().medianTage()).isEqualByComparingTo("20");
        assertThat(k.gesamt().bearbeitungsdauer().perzentil90Tage()).isEqualTo(30);
        assertThat(k.gesamt().unterdrueckt()).isEmpty();
    }

    @Test
    void dieSummeMinusDieUebrigenZellenVerraetKeineEinzelnePerson() {
        for (int i = 0; i < 4; i++) {
            bewilligt(UUID.randomUUID(), "Gruppe", HLU, 10, 30_000);
        }
        bewilligt(UUID.randomUUID(), "Gruppe", Leistungsart.WOHNGELD, 12, 25_000);

        KennzahlenBereich b = veroeffentlicht(Set.of("Gruppe"), 3).dienststellen().get(0);

        // Wohngeld rests on one person; with HLU shown, 5 − 4 and 145,000 − 120,000 would give them away.
        assertThat(art(b, Leistungsart.WOHNGELD).empfaenger()).isNull();
        assertThat(art(b, HLU).empfaenger()).isNull();
        assertThat(art(b, HLU).betragMonatlichCent()).isNull();
        assertThat(b.leistungsbezuege()).isEqualTo(5);
        assertThat(b.betragMonatlichCent()).isEqualTo(BigInteger.valueOf(145_000));
        assertThat(shown(b)).isZero();
        // 4 HLU decisions and 1 Wohngeld decision are all grants: the count of 5 is shown, its parts are not needed
        assertThat(b.erstentscheidungen().anzahl()).isEqualTo(5);
        assertThat(b.erstentscheidungen().bewilligt()).isEqualTo(5);
    }

    @Test
    void vonZweiGleichKleinenErgaenzungenWirdDieErsteGewaehltUndDerRestBleibtSichtbar() {
        for (int i = 0; i < 3; i++) {
            bewilligt(UUID.randomUUID(), "Gruppe", HLU, 10, 30_000);
            bewilligt(UUID.randomUUID(), "Gruppe", Leistungsart.WOHNGELD, 10, 20_000);
        }
        bewilligt(UUID.randomUUID(), "Gruppe", Leistungsart.HILFE_ZUR_PFLEGE, 10, 99_999);

        KennzahlenBereich b = veroeffentlicht(Set.of("Gruppe"), 3).dienststellen().get(0);

        assertThat(art(b, Leistungsart.HILFE_ZUR_PFLEGE).empfaenger()).isNull();
        assertThat(art(b, HLU).empfaenger()).isNull();
        assertThat(art(b, Leistungsart.WOHNGELD).empfaenger()).isEqualTo(3);
        assertThat(art(b, Leistungsart.WOHNGELD).betragMonatlichCent()).isEqualTo(BigInteger.valueOf(60_000));
        // total minus what is shown: 4 persons and 189,999 cents, never the one person's 99,999
        assertThat(b.leistungsbezuege() - shown(b)).isEqualTo(4);
        assertThat(b.betragMonatlichCent().subtract(BigInteger.valueOf(60_000))).isEqualTo(BigInteger.valueOf(189_999));
    }

    @Test
    void eineKleineDienststelleIstAuchUeberDieGesamtsummeNichtZuErrechnen() {
        for (int i = 0; i < 3; i++) {
            bewilligt(UUID.randomUUID(), "Gross", HLU, 10, 30_000);
        }
        bewilligt(UUID.randomUUID(), "Klein", HLU, 10, 77_777);

        Kennzahlen k = veroeffentlicht(Set.of("Gross", "Klein"), 3);
        KennzahlenBereich gross = k.dienststellen().get(0);
        KennzahlenBereich klein = k.dienststellen().get(1);

        assertThat(klein.dienststelle()).isEqualTo("Klein");
        assertThat(art(klein, HLU).empfaenger()).isNull();
        // Gesamt (4) minus Gross (3) would be Klein's one person: Gross is suppressed as well
        assertThat(art(gross, HLU).empfaenger()).isNull();
        assertThat(art(gross, HLU).betragMonatlichCent()).isNull();
        assertThat(gross.betragMonatlichCent()).isNull();
        assertThat(gross.empfaengerPersonen()).isNull();
        assertThat(gross.bearbeitungsdauer().medianTage()).isNull();
        assertThat(art(k.gesamt(), HLU).empfaenger()).isEqualTo(4);
        assertThat(k.gesamt().betragMonatlichCent()).isEqualTo(BigInteger.valueOf(167_777));
    }

    @Test
    void esZaehlenPersonenNichtAntraege() {
        UUID eineFrau = UUID.randomUUID();
        bewilligt(eineFrau, "Einzel", HLU, 5, 10_000);
        bewilligt(eineFrau, "Einzel", Leistungsart.WOHNGELD, 9, 11_000);
        bewilligt(eineFrau, "Einzel", Leistungsart.HILFE_ZUR_GESUNDHEIT, 13, 12_000);

        KennzahlenBereich b = veroeffentlicht(Set.of("Einzel"), 3).gesamt();

        // three decisions, three Leistungsbezüge – but one person
        assertThat(b.erstentscheidungen().anzahl()).isNull();
        assertThat(b.bearbeitungsdauer().medianTage()).isNull();
        assertThat(b.leistungsbezuege()).isNull();
        assertThat(b.betragMonatlichCent()).isNull();
    }

    @Test
    void einVerspaeteterWiderspruchIstNichtAusEingegangenMinusRechtzeitigZuErrechnen() {
        for (int i = 0; i < 4; i++) {
            Antrag antrag = bewilligt(UUID.randomUUID(), "Gruppe", HLU, 10, 30_000);
            widersprueche.add(new Widerspruch(antrag.fallId(), "Gruppe", TAG, i > 0, null, null));
        }

        KennzahlenBereich b = veroeffentlicht(Set.of("Gruppe"), 3).gesamt();

        assertThat(b.widersprueche().eingegangen()).isEqualTo(4);
        assertThat(b.widersprueche().rechtzeitig()).isNull();
        assertThat(b.widersprueche().unterdrueckt()).contains("rechtzeitig");
    }

    @Test
    void dieMindestfallzahlIstNieKleinerAlsZwei() {
        assertThatThrownBy(() -> new KennzahlenAbfrageHandler(null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mindestens 2");
        assertThat(new KennzahlenAbfrageHandler(null, 2)).isNotNull();
    }

    // --- building facts ---------------------------------------------------------------------------

    /** An Antrag received {@code tage} before TAG and granted on TAG, running through the year. */
    private Antrag bewilligt(UUID fallId, String dienststelle, Leistungsart art, int tage, long cent) {
        Antrag antrag = new Antrag(UUID.randomUUID(), fallId, dienststelle, art, Altersgruppe.VON_18_BIS_UNTER_65, TAG.minusDays(tage),
                TAG, "BEWILLIGUNG", null);
        antraege.add(antrag);
        entscheidungen.add(new Entscheidung(UUID.randomUUID(), antrag, "BEWILLIGUNG", TAG, cent, TAG, TAG.plusMonths(6), null, null,
                null, null));
        return antrag;
    }

    private Fakten fakten() {
        return new Fakten(antraege, entscheidungen, widersprueche, List.of(), List.of(), Map.of());
    }

    /** Stichtag and period: the one day TAG. */
    private static KennzahlenAbfragen abfrage(Set<String> dienststellen) {
        return new KennzahlenAbfragen(TAG, TAG, TAG, dienststellen);
    }

    private Kennzahlen veroeffentlicht(Set<String> dienststellen, int mindestfallzahl) {
        return Unterdrueckung.anwenden(KennzahlenAbfrageHandler.rechnen(fakten(), abfrage(dienststellen), mindestfallzahl), mindestfallzahl);
    }

    private static LeistungsartKennzahlen art(KennzahlenBereich b, Leistungsart art) {
        return b.leistungsarten().stream().filter(l -> l.leistungsart() == art).findFirst().orElseThrow();
    }

    /** The recipients shown per Leistungsart, added up. */
    private static int shown(KennzahlenBereich b) {
        return b.leistungsarten().stream().mapToInt(l -> l.empfaenger() == null ? 0 : l.empfaenger()).sum();
    }
}
