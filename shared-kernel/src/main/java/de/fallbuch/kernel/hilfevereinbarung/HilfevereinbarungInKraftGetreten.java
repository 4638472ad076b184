package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fassung {@code fassung} came into force on {@code inKraftAm}, the day the second side signed.
 * It replaces {@code abgeloesteFassung} (empty for the first Fassung); the next review is due on
 * {@code naechsteUeberpruefung}.
 */
public record HilfevereinbarungInKraftGetreten(UUID hilfevereinbarungId, int fassung, LocalDate inKraftAm, Integer abgeloesteFassung, LocalDate naechsteUeberpruefung) implements HilfevereinbarungEreignis {
}
