package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the Fassung in force was reached on {@code datum}.
 */
public record ZielErreicht(@DatenSubjekt UUID hilfevereinbarungId, UUID zielId, LocalDate datum, @Personenbezogen String vermerk) implements HilfevereinbarungEreignis {
}
