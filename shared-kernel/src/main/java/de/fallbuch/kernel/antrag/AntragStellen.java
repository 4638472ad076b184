package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register an Antrag for a Fall: the benefit applied for, the day it was received and how it came in.
 * Only for a known, open Fall. For Sozialhilfe, which sets in as soon as the office knows of the need
 * (Kenntnisgrundsatz, § 18 SGB XII), {@code kenntnisAm} may name an earlier day on which the office
 * learned of it, with its source ({@code kenntnisQuelle}, e.g. "Anruf des Pflegedienstes"); both
 * optional, without them the day of receipt counts.
 */
public record AntragStellen(
        @TargetAggregateIdentifier UUID antragId,
        UUID fallId,
        Leistungsart leistungsart,
        LocalDate eingangsdatum,
        Antragskanal kanal,
        LocalDate kenntnisAm,
        String kenntnisQuelle) {

    /** An Antrag without an earlier Kenntnis: the day of receipt counts. */
    public AntragStellen(UUID antragId, UUID fallId, Leistungsart leistungsart, LocalDate eingangsdatum, Antragskanal kanal) {
        this(antragId, fallId, leistungsart, eingangsdatum, kanal, null, null);
    }
}
