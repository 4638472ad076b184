package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that a measure that had begun was completed. */
public record MassnahmeAbschliessen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, UUID massnahmeId, LocalDate datum) {
}
