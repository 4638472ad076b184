package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Refer the person to a partner. Passing on social data needs the person's consent (§67b SGB X), which is recorded with its date. */
public record VermittlungVeranlassen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, UUID vermittlungId, Vermittlungspartner partner, String partnerBezeichnung, String anlass, boolean einwilligungErteilt, LocalDate einwilligungAm) {
}
