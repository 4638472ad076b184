package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that a goal of the Fassung in force was reached. */
public record ZielerreichungFeststellen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, UUID zielId, LocalDate datum, String vermerk) {
}
