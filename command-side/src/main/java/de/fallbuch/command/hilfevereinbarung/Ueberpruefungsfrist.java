package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's policy how far ahead the next review of a Hilfevereinbarung may lie (domain.md:
 * at most six months, configurable as {@code fallbuch.hilfevereinbarung.max-monate-bis-ueberpruefung}).
 * The aggregate receives it as a handler parameter, so the rule is checked where the other rules
 * are and tests can hand in another limit.
 */
@Component
public class Ueberpruefungsfrist {

    static final String EIGENSCHAFT = "fallbuch.hilfevereinbarung.max-monate-bis-ueberpruefung";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final int hoechstensMonate;

    public Ueberpruefungsfrist(@Value("${" + EIGENSCHAFT + ":6}") int hoechstensMonate) {
        if (hoechstensMonate < 1 || hoechstensMonate > 24) {
            throw new IllegalArgumentException(EIGENSCHAFT + " muss zwischen 1 und 24 liegen, ist aber " + hoechstensMonate + ".");
        }
        this.hoechstensMonate = hoechstensMonate;
    }

    /** The review date of a draft: after today, and at most the limit ahead of today. */
    void pruefeTermin(LocalDate termin, LocalDate heute) {
        if (termin == null) {
            throw new UngueltigeAngabe("ueberpruefungstermin", "Der Termin der nächsten Überprüfung fehlt.");
        }
        if (!termin.isAfter(heute)) {
            throw new Regelverstoss("UEBERPRUEFUNGSTERMIN_NICHT_IN_DER_ZUKUNFT",
                    "Der Termin der nächsten Überprüfung (" + DATUM.format(termin) + ") muss nach dem heutigen Tag liegen.");
        }
        LocalDate spaetestens = heute.plusMonths(hoechstensMonate);
        if (termin.isAfter(spaetestens)) {
            throw new Regelverstoss("UEBERPRUEFUNGSTERMIN_ZU_SPAET", "Die nächste Überprüfung darf höchstens " + monate()
                    + " in der Zukunft liegen, also spätestens am " + DATUM.format(spaetestens) + ".");
        }
    }

    /** The next review date set by a review: after today, and at most the limit after that review. */
    void pruefeNaechstenTermin(LocalDate termin, LocalDate ueberpruefungAm, LocalDate heute) {
        if (termin == null) {
            throw new UngueltigeAngabe("naechsterTermin", "Der Termin der nächsten Überprüfung fehlt.");
        }
        if (!termin.isAfter(heute)) {
            throw new Regelverstoss("UEBERPRUEFUNGSTERMIN_NICHT_IN_DER_ZUKUNFT",
                    "Der Termin der nächsten Überprüfung (" + DATUM.format(termin) + ") muss nach dem heutigen Tag liegen.");
        }
        LocalDate spaetestens = ueberpruefungAm.plusMonths(hoechstensMonate);
        if (termin.isAfter(spaetestens)) {
            throw new Regelverstoss("UEBERPRUEFUNGSTERMIN_ZU_SPAET", "Die nächste Überprüfung darf höchstens " + monate()
                    + " nach dieser liegen, also spätestens am " + DATUM.format(spaetestens) + ".");
        }
    }

    private String monate() {
        return hoechstensMonate == 1 ? "einen Monat" : hoechstensMonate + " Monate";
    }
}
