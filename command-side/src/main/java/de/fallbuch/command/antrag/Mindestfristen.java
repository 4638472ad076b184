package de.fallbuch.command.antrag;

import de.fallbuch.kernel.common.Regelverstoss;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The shortest deadlines an office accepts as reasonable ("angemessen"): for the person's cooperation
 * after documents were requested (§ 66 Abs. 3 SGB I) and for a statement in an Anhörung (§ 24 SGB X).
 * The law names no number of days; two weeks is the usual measure in practice and the default here
 * ({@code fallbuch.antrag.mindestfrist-mitwirkung-tage}, {@code fallbuch.antrag.mindestfrist-anhoerung-tage}).
 * A deadline of one day leaves a person no real chance to act, so a Versagung or an Aufhebung built on
 * it would not stand in court.
 */
public record Mindestfristen(int mitwirkungTage, int anhoerungTage) {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Mindestfristen {
        if (mitwirkungTage < 1 || anhoerungTage < 1) {
            throw new IllegalArgumentException("Mindestfristen müssen mindestens einen Tag betragen: " + mitwirkungTage + ", " + anhoerungTage);
        }
    }

    /** Refuses a Mitwirkungsfrist shorter than the office's minimum, counted from {@code heute}. */
    void pruefeMitwirkungsfrist(LocalDate frist, LocalDate heute) {
        pruefe(frist, heute, mitwirkungTage, "Die Frist für die Unterlagen", "§ 66 Abs. 3 SGB I");
    }

    /** Refuses an Anhörungsfrist shorter than the office's minimum, counted from {@code heute}. */
    void pruefeAnhoerungsfrist(LocalDate frist, LocalDate heute) {
        pruefe(frist, heute, anhoerungTage, "Die Frist für die Stellungnahme", "§ 24 SGB X");
    }

    private static void pruefe(LocalDate frist, LocalDate heute, int tage, String was, String gesetz) {
        if (!frist.isAfter(heute)) {
            throw new Regelverstoss("FRIST_NICHT_IN_DER_ZUKUNFT", was + " muss nach dem heutigen Tag liegen.");
        }
        LocalDate fruehestens = heute.plusDays(tage);
        if (frist.isBefore(fruehestens)) {
            throw new Regelverstoss("FRIST_ZU_KURZ", was + " ist zu kurz: angemessen (" + gesetz + ") sind mindestens " + tage
                    + " Tage, also frühestens der " + DATUM.format(fruehestens) + ".");
        }
    }
}
