package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An Einzelfallanalyse was made; it supersedes any earlier one, which stays on record. */
public record EinzelfallanalyseErstellt(UUID fallId, LocalDate datum, Set<Hemmnis> hemmnisse, String ressourcen, Erwerbsfaehigkeit erwerbsfaehigkeit, String einschaetzung) implements FallEreignis {
}
