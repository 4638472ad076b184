package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/** One Hilfevereinbarung in the list of a Fall: enough to find and open it. */
public record HilfevereinbarungZeile(
        UUID hilfevereinbarungId,
        UUID fallId,
        String dienststelle,
        HilfevereinbarungStatus status,
        Integer geltendeFassung,
        Integer entwurfsfassung,
        LocalDate entworfenAm,
        LocalDate inKraftSeit,
        LocalDate naechsteUeberpruefung,
        Beendigungsgrund beendigungsgrund,
        LocalDate beendetAm,
        long version) {
}
