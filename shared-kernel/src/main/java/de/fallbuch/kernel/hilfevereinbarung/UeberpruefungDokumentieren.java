package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a review of the agreement with its result and the date of the next review. */
public record UeberpruefungDokumentieren(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, LocalDate datum, String ergebnis, LocalDate naechsterTermin) {
}
