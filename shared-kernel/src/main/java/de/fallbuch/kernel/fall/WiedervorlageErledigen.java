package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Mark a follow-up date as done. */
public record WiedervorlageErledigen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, UUID wiedervorlageId, String vermerk) {
}
