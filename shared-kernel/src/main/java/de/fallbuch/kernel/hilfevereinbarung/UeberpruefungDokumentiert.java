package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreement was reviewed on {@code datum} with the result given; the next review is due on
 * {@code naechsterTermin}.
 */
public record UeberpruefungDokumentiert(UUID hilfevereinbarungId, LocalDate datum, String ergebnis, LocalDate naechsterTermin) implements HilfevereinbarungEreignis {
}
