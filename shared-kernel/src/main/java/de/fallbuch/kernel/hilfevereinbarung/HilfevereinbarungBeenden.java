package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** End the agreement as fulfilled, broken off or replaced. Ending because the Fall was closed, or because consent was withdrawn, has its own command. */
public record HilfevereinbarungBeenden(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, Beendigungsgrund grund, String bemerkung) {
}
