package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A breach of one of the person's duties on {@code datum} was recorded with the person's
 * statement, or with the note that they declined to make one. Since 2023 (§12 SGB XII) a breach
 * does not by itself lead to any sanction: nothing follows from this event automatically.
 */
public record PflichtverletzungDokumentiert(@DatenSubjekt UUID hilfevereinbarungId, UUID pflichtId, LocalDate datum, @Personenbezogen String sachverhalt, @Personenbezogen String stellungnahme, boolean stellungnahmeAbgelehnt) implements HilfevereinbarungEreignis {
}
