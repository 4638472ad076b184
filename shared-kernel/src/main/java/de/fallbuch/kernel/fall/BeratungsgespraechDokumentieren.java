package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a further consultation (Beratungsgespräch) with the person. */
public record BeratungsgespraechDokumentieren(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, LocalDate datum, String thema, String inhalt) {
}
