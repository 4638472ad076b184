package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register an Antrag for a Fall: the benefit applied for, the day it was received and how it came in.
 * Only for a known, open Fall.
 */
public record AntragStellen(
        @TargetAggregateIdentifier UUID antragId,
        UUID fallId,
        Leistungsart leistungsart,
        LocalDate eingangsdatum,
        Antragskanal kanal) {
}
