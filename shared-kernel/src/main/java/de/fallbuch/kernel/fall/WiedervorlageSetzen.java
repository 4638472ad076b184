package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set a follow-up date (Wiedervorlage) for the Fall. */
public record WiedervorlageSetzen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, UUID wiedervorlageId, LocalDate faelligAm, String anlass) {
}
