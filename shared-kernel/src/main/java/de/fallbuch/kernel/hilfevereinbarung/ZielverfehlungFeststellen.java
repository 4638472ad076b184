package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that a goal of the Fassung in force was missed, with the reasons. */
public record ZielverfehlungFeststellen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, UUID zielId, LocalDate datum, String begruendung) {
}
