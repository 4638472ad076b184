package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the write model's policy when the Fall was closed: ends the agreement if it is still open. Carries no version: it must not fail because someone edited the agreement in between. */
public record HilfevereinbarungMitFallBeenden(@TargetAggregateIdentifier UUID hilfevereinbarungId, UUID fallId, LocalDate abgeschlossenAm) {
}
