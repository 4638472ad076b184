package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dates the law fixes for an Antrag, in one place so that the write model (which records them
 * in its events and sets its deadlines by them) and the read model (which shows the deadlines the
 * office must see coming) compute them the same way. Pure functions on {@link LocalDate}.
 *
 * <p>Periods are computed as §64 SGG prescribes: a period in months ends on the day of the later
 * month whose number matches the day of the triggering event, or on the last day of that month when
 * it has no such day (§64 Abs. 2 SGG; {@link LocalDate#plusMonths} does exactly this); a period whose
 * last day is a Saturday, Sunday or public holiday ends on the next working day (§64 Abs. 3 SGG).
 * Public holidays are those of North Rhine-Westphalia (Feiertagsgesetz NW), where the offices are.
 */
public final class Fristenrechner {

    /** From this posting date on, a posted notice is deemed delivered on the fourth day, before on the third (§37 Abs. 2 SGB X). */
    public static final LocalDate VIERTAGESFIKTION_AB = LocalDate.of(2025, 1, 1);
    /** §44 Abs. 3 SGB XII: Grundsicherung is normally granted for twelve calendar months. */
    public static final int REGELBEWILLIGUNGSZEITRAUM_MONATE = 12;

    private static final Set<MonthDay> FESTE_FEIERTAGE_NRW = Set.of(
            MonthDay.of(1, 1),    // Neujahr
            MonthDay.of(5, 1),    // Tag der Arbeit
            MonthDay.of(10, 3),   // Tag der Deutschen Einheit
            MonthDay.of(11, 1),   // Allerheiligen
            MonthDay.of(12, 25),  // 1. Weihnachtstag
            MonthDay.of(12, 26)); // 2. Weihnachtstag

    private Fristenrechner() {
    }

    /**
     * The day a notice given to the post on {@code aufgabeZurPost} is deemed delivered (Bekanntgabe):
     * the fourth day after posting for notices posted from 1 January 2025, the third day before
     * (§37 Abs. 2 Satz 1 SGB X in the version of the Postrechtsmodernisierungsgesetz). The fiction
     * itself is not moved off weekends and holidays; only the end of a period is (§64 Abs. 3 SGG).
     */
    public static LocalDate bekanntgabe(LocalDate aufgabeZurPost) {
        return aufgabeZurPost.plusDays(aufgabeZurPost.isBefore(VIERTAGESFIKTION_AB) ? 3 : 4);
    }

    /**
     * Last day to lodge a Widerspruch against a notice delivered on {@code bekanntgabe}: one month
     * (§84 Abs. 1 SGG), or one year if the notice lacked a correct Rechtsbehelfsbelehrung (§66 Abs. 2
     * SGG), moved to the next working day if it falls on a weekend or holiday (§64 Abs. 3 SGG).
     */
    public static LocalDate widerspruchsfristEnde(LocalDate bekanntgabe, boolean mitRechtsbehelfsbelehrung) {
        LocalDate ende = mitRechtsbehelfsbelehrung ? bekanntgabe.plusMonths(1) : bekanntgabe.plusYears(1);
        return naechsterArbeitstagAb(ende);
    }

    /** Whether a Widerspruch received on {@code eingegangenAm} met the period ending on {@code fristEnde}. */
    public static boolean rechtzeitig(LocalDate eingegangenAm, LocalDate fristEnde) {
        return !eingegangenAm.isAfter(fristEnde);
    }

    /**
     * Last day of the six months an office has to decide an Antrag received on {@code eingangsdatum}
     * (§88 Abs. 1 SGG); from the following day the person may sue for a decision (Untätigkeitsklage).
     * A waiting period for the court, not a period for an act, so it is not moved off holidays.
     */
    public static LocalDate untaetigkeitsfristEndeAntrag(LocalDate eingangsdatum) {
        return eingangsdatum.plusMonths(6);
    }

    /** Last day of the three months an office has to decide a Widerspruch (§88 Abs. 2 SGG). */
    public static LocalDate untaetigkeitsfristEndeWiderspruch(LocalDate eingegangenAm) {
        return eingegangenAm.plusMonths(3);
    }

    /**
     * The first day help is paid for, given the day the Antrag was received. Grundsicherung needs an
     * application and counts from the first day of the month it was made in (§44 Abs. 2 SGB XII);
     * the other benefits start when the office learned of the need (§18 SGB XII), at the latest with
     * the Antrag.
     */
    public static LocalDate leistungsbeginn(Leistungsart leistungsart, LocalDate eingangsdatum) {
        return leistungsart == Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG ? eingangsdatum.withDayOfMonth(1) : eingangsdatum;
    }

    /**
     * The first day help is due when the office knew of the need on {@code kenntnisAm} (not after the
     * receipt): for the benefits under the Kenntnisgrundsatz that day, otherwise as
     * {@link #leistungsbeginn(Leistungsart, LocalDate)}.
     */
    public static LocalDate leistungsbeginn(Leistungsart leistungsart, LocalDate eingangsdatum, LocalDate kenntnisAm) {
        return kenntnisAm != null && kenntnisgrundsatz(leistungsart) ? kenntnisAm : leistungsbeginn(leistungsart, eingangsdatum);
    }

    /**
     * Whether the benefit sets in as soon as the office knows that its conditions are met, without an
     * application (§ 18 SGB XII; for the AsylbLG by § 6b AsylbLG). Grundsicherung (§ 44 Abs. 2 SGB XII),
     * Wohngeld and Unterhaltsvorschuss need an application and have their own rules.
     */
    public static boolean kenntnisgrundsatz(Leistungsart leistungsart) {
        return switch (leistungsart) {
            case HILFE_ZUM_LEBENSUNTERHALT, HILFE_ZUR_GESUNDHEIT, HILFE_ZUR_PFLEGE, HILFE_BESONDERE_SOZIALE_SCHWIERIGKEITEN, ASYLBLG -> true;
            case GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, WOHNGELD, UNTERHALTSVORSCHUSS -> false;
        };
    }

    /**
     * Last day of a Bewilligungszeitraum of {@code monate} months starting with the whole day
     * {@code beginn} (§26 Abs. 1 SGB X with §§187 Abs. 2, 188 Abs. 2 and 3 BGB): the day before the
     * day of the last month that matches the first day by number, or the last day of that month when
     * it has no such day. So 01.03.2027 + 12 months ends on 29.02.2028, 31.01. + 1 month on 28.02.
     */
    public static LocalDate bewilligungszeitraumEnde(LocalDate beginn, int monate) {
        if (monate < 1) {
            throw new IllegalArgumentException("Ein Bewilligungszeitraum umfasst mindestens einen Monat.");
        }
        YearMonth letzterMonat = YearMonth.from(beginn).plusMonths(monate);
        return letzterMonat.isValidDay(beginn.getDayOfMonth())
                ? letzterMonat.atDay(beginn.getDayOfMonth()).minusDays(1)
                : letzterMonat.atEndOfMonth();
    }

    /** The moment a period whose last day is {@code letzterTag} has run out: midnight at its end, local time. */
    public static Instant ablauf(LocalDate letzterTag, ZoneId zone) {
        return letzterTag.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@code tag} itself if it is a working day, else the next working day (§64 Abs. 3 SGG). */
    public static LocalDate naechsterArbeitstagAb(LocalDate tag) {
        LocalDate ergebnis = tag;
        while (!istArbeitstag(ergebnis)) {
            ergebnis = ergebnis.plusDays(1);
        }
        return ergebnis;
    }

    /** Monday to Friday and not a public holiday in North Rhine-Westphalia. */
    public static boolean istArbeitstag(LocalDate tag) {
        DayOfWeek wochentag = tag.getDayOfWeek();
        return wochentag != DayOfWeek.SATURDAY && wochentag != DayOfWeek.SUNDAY && !istFeiertagNrw(tag);
    }

    public static boolean istFeiertagNrw(LocalDate tag) {
        return feiertageNrw(tag.getYear()).contains(tag);
    }

    /**
     * The public holidays of North Rhine-Westphalia in a year: Neujahr, Karfreitag, Ostermontag,
     * 1. Mai, Christi Himmelfahrt, Pfingstmontag, Fronleichnam, Tag der Deutschen Einheit,
     * Allerheiligen and both Christmas days.
     */
    public static Set<LocalDate> feiertageNrw(int jahr) {
        Set<LocalDate> feiertage = new TreeSet<>();
        FESTE_FEIERTAGE_NRW.forEach(tag -> feiertage.add(tag.atYear(jahr)));
        LocalDate ostern = ostersonntag(jahr);
        feiertage.add(ostern.minusDays(2));  // Karfreitag
        feiertage.add(ostern.plusDays(1));   // Ostermontag
        feiertage.add(ostern.plusDays(39));  // Christi Himmelfahrt
        feiertage.add(ostern.plusDays(50));  // Pfingstmontag
        feiertage.add(ostern.plusDays(60));  // Fronleichnam
        return feiertage;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate ostersonntag(int jahr) {
        int a = jahr % 19;
        int b = jahr / 100;
        int c = jahr % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monat = (h + l - 7 * m + 114) / 31;
        int tag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jahr, monat, tag);
    }
}
