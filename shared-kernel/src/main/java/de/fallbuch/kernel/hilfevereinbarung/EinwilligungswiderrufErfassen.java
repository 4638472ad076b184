package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the person withdrew their consent (§12 SGB XII); this ends the agreement. A reason is not required. */
public record EinwilligungswiderrufErfassen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, LocalDate datum, String erklaerung) {
}
