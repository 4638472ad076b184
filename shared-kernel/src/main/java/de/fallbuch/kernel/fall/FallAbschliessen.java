package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close the Fall with a reason. Not possible while an Antrag is undecided. */
public record FallAbschliessen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, Abschlussgrund grund, String bemerkung) {
}
