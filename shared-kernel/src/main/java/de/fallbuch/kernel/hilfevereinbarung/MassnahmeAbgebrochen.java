package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure was broken off on {@code datum}, for the reason given.
 */
public record MassnahmeAbgebrochen(@DatenSubjekt UUID hilfevereinbarungId, UUID massnahmeId, LocalDate datum, @Personenbezogen String grund) implements HilfevereinbarungEreignis {
}
