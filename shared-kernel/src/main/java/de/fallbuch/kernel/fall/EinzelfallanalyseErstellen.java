package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the Einzelfallanalyse: resources, barriers and whether the person can work. A later analysis supersedes an earlier one; both stay. */
public record EinzelfallanalyseErstellen(@TargetAggregateIdentifier UUID fallId, @TargetAggregateVersion Long version, LocalDate datum, Set<Hemmnis> hemmnisse, String ressourcen, Erwerbsfaehigkeit erwerbsfaehigkeit, String einschaetzung) {
}
