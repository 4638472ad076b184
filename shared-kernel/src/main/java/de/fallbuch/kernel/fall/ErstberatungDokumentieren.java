package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the Erstberatung: the concern and the first steps agreed, on the day the Fall was opened. */
public record ErstberatungDokumentieren(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, LocalDate datum, String anliegen, String ersteSchritte) {
}
