package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hand the Fall to another Fallmanager, with the reason. */
public record FallmanagerWechseln(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, String neuerFallmanager, String grund) {
}
