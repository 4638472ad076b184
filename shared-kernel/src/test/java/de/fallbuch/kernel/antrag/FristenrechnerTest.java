package de.fallbuch.kernel.antrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates the law fixes, checked against the real calendar. */
class FristenrechnerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "zur Post am {0} → bekanntgegeben am {1}")
    @CsvSource({
            // before 2025: third day after posting
            "2024-12-27, 2024-12-30",
            "2024-12-30, 2025-01-02",
            "2024-12-31, 2025-01-03",
            "2024-02-27, 2024-03-01",   // leap year: 28., 29.02., 01.03.
            // from 2025: fourth day after posting
            "2025-01-01, 2025-01-05",   // a Sunday: the fiction itself is not moved
            "2025-01-02, 2025-01-06",
            "2026-02-26, 2026-03-02",
            "2026-03-02, 2026-03-06",
            "2026-12-28, 2027-01-01"    // Neujahr: not moved either
    })
    void bekanntgabefiktion(LocalDate aufgabeZurPost, LocalDate bekanntgabe) {
        assertThat(Fristenrechner.bekanntgabe(aufgabeZurPost)).isEqualTo(bekanntgabe);
    }

    @ParameterizedTest(name = "bekanntgegeben am {0}, Belehrung {1} → Frist endet {2}")
    @CsvSource({
            "2026-03-02, true,  2026-04-02",   // plain month
            "2024-01-31, true,  2024-02-29",   // no 31.02.: end of month, leap year (Thursday)
            "2025-01-31, true,  2025-02-28",   // no 31.02.: end of month (Friday)
            "2026-01-31, true,  2026-03-02",   // 28.02.2026 is a Saturday → Monday
            "2026-03-03, true,  2026-04-07",   // Karfreitag 03.04., weekend, Ostermontag 06.04. → Tuesday
            "2026-03-06, true,  2026-04-07",   // Ostermontag 06.04.2026
            "2026-04-14, true,  2026-05-15",   // Christi Himmelfahrt 14.05.2026
            "2026-04-25, true,  2026-05-26",   // Pfingstmontag 25.05.2026
            "2026-05-04, true,  2026-06-05",   // Fronleichnam 04.06.2026
            "2026-09-03, true,  2026-10-05",   // 03.10.2026 is a Saturday and a holiday
            "2026-10-01, true,  2026-11-02",   // Allerheiligen on a Sunday
            "2025-11-25, true,  2025-12-29",   // 25.12., 26.12., weekend → Monday
            "2025-12-01, true,  2026-01-02",   // Neujahr 2026 is a Thursday
            "2025-04-01, true,  2025-05-02",   // 1. Mai 2025
            "2025-01-02, true,  2025-02-03",   // 02.02.2025 is a Sunday
            // without a correct Rechtsbehelfsbelehrung: one year (§66 Abs. 2 SGG)
            "2026-03-15, false, 2027-03-15",
            "2024-02-29, false, 2025-02-28",   // leap day: no 29.02.2025
            "2026-03-28, false, 2027-03-30"    // Easter Sunday 28.03.2027, Ostermontag 29.03. → Tuesday
    })
    void widerspruchsfrist(LocalDate bekanntgabe, boolean mitRechtsbehelfsbelehrung, LocalDate fristEnde) {
        assertThat(Fristenrechner.widerspruchsfristEnde(bekanntgabe, mitRechtsbehelfsbelehrung)).isEqualTo(fristEnde);
    }

    @ParameterizedTest(name = "Widerspruch am {0}, Frist bis {1} → rechtzeitig {2}")
    @CsvSource({
            "2026-04-02, 2026-04-02, true",
            "2026-03-20, 2026-04-02, true",
            "2026-04-03, 2026-04-02, false",
            "2027-01-04, 2026-12-31, false"
    })
    void rechtzeitigerWiderspruch(LocalDate eingegangenAm, LocalDate fristEnde, boolean rechtzeitig) {
        assertThat(Fristenrechner.rechtzeitig(eingegangenAm, fristEnde)).isEqualTo(rechtzeitig);
    }

    @Test
    void einBescheidVomJahreswechselDurchlaeuftFiktionUndFristGemeinsam() {
        // Posted on 30.12.2024: still the three-day fiction → 02.01.2025; one month → 02.02.2025, a Sunday.
        LocalDate bekanntgabe = Fristenrechner.bekanntgabe(LocalDate.of(2024, 12, 30));
        assertThat(Fristenrechner.widerspruchsfristEnde(bekanntgabe, true)).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @ParameterizedTest(name = "Antrag vom {0} → Untätigkeitsklage nach {1}")
    @CsvSource({
            "2026-03-02, 2026-09-02",
            "2026-08-31, 2027-02-28",
            "2027-08-31, 2028-02-29"
    })
    void sechsMonateFuerDenAntrag(LocalDate eingang, LocalDate ende) {
        assertThat(Fristenrechner.untaetigkeitsfristEndeAntrag(eingang)).isEqualTo(ende);
    }

    @ParameterizedTest(name = "Widerspruch vom {0} → Untätigkeitsklage nach {1}")
    @CsvSource({
            "2026-03-02, 2026-06-02",
            "2026-11-30, 2027-02-28",
            "2027-11-30, 2028-02-29"
    })
    void dreiMonateFuerDenWiderspruch(LocalDate eingang, LocalDate ende) {
        assertThat(Fristenrechner.untaetigkeitsfristEndeWiderspruch(eingang)).isEqualTo(ende);
    }

    @ParameterizedTest(name = "{0} beantragt am {1} → Leistung ab {2}")
    @CsvSource({
            "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, 2026-03-17, 2026-03-01",
            "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, 2026-03-01, 2026-03-01",
            "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, 2024-02-29, 2024-02-01",
            "HILFE_ZUM_LEBENSUNTERHALT,             2026-03-17, 2026-03-17",
            "HILFE_ZUR_PFLEGE,                      2026-12-31, 2026-12-31"
    })
    void leistungsbeginn(Leistungsart leistungsart, LocalDate eingang, LocalDate beginn) {
        assertThat(Fristenrechner.leistungsbeginn(leistungsart, eingang)).isEqualTo(beginn);
    }

    @ParameterizedTest(name = "ab {0} für {1} Monate → bis {2}")
    @CsvSource({
            "2026-03-01, 12, 2027-02-28",
            "2027-03-01, 12, 2028-02-29",   // ends on a leap day
            "2028-02-29, 12, 2029-02-28",
            "2026-01-31,  1, 2026-02-28",   // §188 Abs. 3 BGB: no 31.02.
            "2026-03-15, 12, 2027-03-14",
            "2026-03-30, 11, 2027-02-28",
            "2026-01-01, 12, 2026-12-31"
    })
    void endeDesBewilligungszeitraums(LocalDate beginn, int monate, LocalDate ende) {
        assertThat(Fristenrechner.bewilligungszeitraumEnde(beginn, monate)).isEqualTo(ende);
    }

    @Test
    void einBewilligungszeitraumUmfasstMindestensEinenMonat() {
        assertThatThrownBy(() -> Fristenrechner.bewilligungszeitraumEnde(LocalDate.of(2026, 3, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ein Bewilligungszeitraum umfasst mindestens einen Monat.");
    }

    @ParameterizedTest(name = "Ostersonntag {0} = {1}")
    @CsvSource({
            "2000, 2000-04-23",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2038, 2038-04-25",   // latest possible date
            "2285, 2285-03-22"    // earliest possible date
    })
    void ostersonntag(int jahr, LocalDate ostern) {
        assertThat(Fristenrechner.ostersonntag(jahr)).isEqualTo(ostern);
    }

    @Test
    void dieFeiertageInNordrheinWestfalen2026() {
        assertThat(Fristenrechner.feiertageNrw(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3),    // Karfreitag
                LocalDate.of(2026, 4, 6),    // Ostermontag
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),   // Christi Himmelfahrt
                LocalDate.of(2026, 5, 25),   // Pfingstmontag
                LocalDate.of(2026, 6, 4),    // Fronleichnam
                LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
    }

    @ParameterizedTest(name = "{0} Arbeitstag: {1}")
    @CsvSource({
            "2026-04-02, true",    // Gründonnerstag is no holiday in NRW
            "2026-04-03, false",
            "2026-12-24, true",    // Heiligabend is a working day
            "2026-12-31, true",
            "2026-11-18, true",    // Buß- und Bettag only in Saxony
            "2026-08-15, false",   // a Saturday (Mariä Himmelfahrt is no NRW holiday)
            "2026-03-08, false"    // Sunday
    })
    void arbeitstage(LocalDate tag, boolean arbeitstag) {
        assertThat(Fristenrechner.istArbeitstag(tag)).isEqualTo(arbeitstag);
    }

    @ParameterizedTest(name = "Frist bis {0} läuft ab um {1}")
    @CsvSource({
            "2026-03-31, 2026-03-31T22:00:00Z",   // summer time: midnight is 22:00 UTC
            "2026-01-15, 2026-01-15T23:00:00Z",
            "2026-03-28, 2026-03-28T23:00:00Z"    // the night summer time starts
    })
    void fristablaufUmMitternacht(LocalDate letzterTag, Instant ablauf) {
        assertThat(Fristenrechner.ablauf(letzterTag, BERLIN)).isEqualTo(ablauf);
    }
}
