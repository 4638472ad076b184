package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that a measure was broken off (or never taken up), with the reason. */
public record MassnahmeAbbrechen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, UUID massnahmeId, LocalDate datum, String grund) {
}
