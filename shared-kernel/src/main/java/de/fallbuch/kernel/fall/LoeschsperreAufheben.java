package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the legal hold on the Fall (Sachgebietsleitung). */
public record LoeschsperreAufheben(@TargetAggregateIdentifier UUID fallId, String grund) {
}
