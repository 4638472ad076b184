package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An Einzelfallanalyse was made; it supersedes any earlier one, which stays on record. */
public record EinzelfallanalyseErstellt(@DatenSubjekt UUID fallId, LocalDate datum, Set<Hemmnis> hemmnisse, @Personenbezogen String ressourcen, Erwerbsfaehigkeit erwerbsfaehigkeit, @Personenbezogen String einschaetzung) implements FallEreignis {
}
