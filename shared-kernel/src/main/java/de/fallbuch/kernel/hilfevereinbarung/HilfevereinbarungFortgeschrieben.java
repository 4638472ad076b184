package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreement in force was continued (Fortschreibung) on {@code fortgeschriebenAm}: Fassung
 * {@code fassung} is drafted for the reason given. It must be signed again by both sides; until
 * then the previous Fassung stays in force.
 */
public record HilfevereinbarungFortgeschrieben(@DatenSubjekt UUID hilfevereinbarungId, int fassung, Vereinbarungsinhalt inhalt, @Personenbezogen String anlass, LocalDate fortgeschriebenAm) implements HilfevereinbarungEreignis {
}
