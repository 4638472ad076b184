package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.GehoertZumFall;
import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An Antrag for the Fall was received on {@code eingangsdatum} through {@code kanal}. Help is due from
 * {@code leistungsbeginn} (§18 SGB XII; for Grundsicherung the first of the month, §44 Abs. 2 SGB XII).
 */
public record AntragGestellt(
        @DatenSubjekt UUID antragId,
        @GehoertZumFall UUID fallId,
        Leistungsart leistungsart,
        LocalDate eingangsdatum,
        Antragskanal kanal,
        LocalDate leistungsbeginn) implements AntragEreignis {
}
