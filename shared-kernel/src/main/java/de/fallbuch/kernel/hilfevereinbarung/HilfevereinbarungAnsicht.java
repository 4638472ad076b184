package de.fallbuch.kernel.hilfevereinbarung;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Hilfevereinbarung as it stands now: the Fassung in force, the draft under negotiation, the
 * progress of measures and goals, reviews, recorded breaches of duty, and all Fassungen with what
 * became of them. {@code version} is the version of the agreement the view has caught up with; a
 * client sends it back with its next write.
 */
public record HilfevereinbarungAnsicht(
        UUID hilfevereinbarungId,
        UUID fallId,
        String dienststelle,
        HilfevereinbarungStatus status,
        LocalDate entworfenAm,
        LocalDate inKraftSeit,
        LocalDate naechsteUeberpruefung,
        FassungAnsicht geltendeFassung,
        FassungAnsicht entwurf,
        List<MassnahmeStand> massnahmen,
        List<ZielStand> ziele,
        List<Ueberpruefung> ueberpruefungen,
        List<Pflichtverletzung> pflichtverletzungen,
        List<Fassung> fassungen,
        LocalDate einwilligungWiderrufenAm,
        String widerrufErklaerung,
        Beendigungsgrund beendigungsgrund,
        String beendigungBemerkung,
        LocalDate beendetAm,
        long version,
        Instant geaendertAm) {

    public HilfevereinbarungAnsicht {
        massnahmen = List.copyOf(massnahmen);
        ziele = List.copyOf(ziele);
        ueberpruefungen = List.copyOf(ueberpruefungen);
        pflichtverletzungen = List.copyOf(pflichtverletzungen);
        fassungen = List.copyOf(fassungen);
    }

    /** Progress of a measure; measures of the Fassung in force without any progress are {@code GEPLANT}. */
    public record MassnahmeStand(UUID massnahmeId, Massnahmenstatus status, LocalDate begonnenAm, LocalDate abgeschlossenAm,
            LocalDate abgebrochenAm, String abbruchgrund) {
    }

    /** Whether a goal was reached or missed; goals of the Fassung in force not yet decided are {@code OFFEN}. */
    public record ZielStand(UUID zielId, Zielstatus status, LocalDate festgestelltAm, String vermerk) {
    }

    /** A review with its result and the next date it set. */
    public record Ueberpruefung(LocalDate datum, String ergebnis, LocalDate naechsterTermin, String erfasstVon) {
    }

    /** A recorded breach of duty with the person's statement. No sanction follows from it (§12 SGB XII). */
    public record Pflichtverletzung(UUID pflichtId, LocalDate datum, String sachverhalt, String stellungnahme,
            boolean stellungnahmeAbgelehnt, String erfasstVon) {
    }

    /** One Fassung and what became of it. */
    public record Fassung(int fassung, Fassungsstatus status, String anlass, LocalDate standVom, LocalDate inKraftAm,
            LocalDate abgeloestAm) {
    }
}
