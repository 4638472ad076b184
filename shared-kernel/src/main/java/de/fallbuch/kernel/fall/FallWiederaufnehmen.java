package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopen a closed Fall, with the reason. */
public record FallWiederaufnehmen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, String grund) {
}
