package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreement was reviewed on {@code datum} with the result given; the next review is due on
 * {@code naechsterTermin}.
 */
public record UeberpruefungDokumentiert(@DatenSubjekt UUID hilfevereinbarungId, LocalDate datum, @Personenbezogen String ergebnis, LocalDate naechsterTermin) implements HilfevereinbarungEreignis {
}
