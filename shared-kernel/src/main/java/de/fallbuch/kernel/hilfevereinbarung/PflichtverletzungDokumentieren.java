package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a breach of one of the person's duties together with the person's statement, or the fact that they declined to make one. Since 2023 (§12 SGB XII) a breach has no sanction of its own: this is a record, nothing more. */
public record PflichtverletzungDokumentieren(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, UUID pflichtId, LocalDate datum, String sachverhalt, String stellungnahme, boolean stellungnahmeAbgelehnt) {
}
