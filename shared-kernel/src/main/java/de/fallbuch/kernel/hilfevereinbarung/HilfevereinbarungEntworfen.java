package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.GehoertZumFall;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Hilfevereinbarung was drafted on {@code entworfenAm} for the Fall, kept in the Fall's
 * Dienststelle. The draft is Fassung 1; it is not in force until the person and the office have
 * signed it.
 */
public record HilfevereinbarungEntworfen(@DatenSubjekt UUID hilfevereinbarungId, @GehoertZumFall UUID fallId, String dienststelle, int fassung, Vereinbarungsinhalt inhalt, LocalDate entworfenAm) implements HilfevereinbarungEreignis {
}
