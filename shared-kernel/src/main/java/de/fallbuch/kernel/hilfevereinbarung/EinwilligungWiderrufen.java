package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person withdrew their consent on {@code datum} (§12 SGB XII). The agreement rests on that
 * consent, so it ends with it; a reason is not required.
 */
public record EinwilligungWiderrufen(@DatenSubjekt UUID hilfevereinbarungId, LocalDate datum, @Personenbezogen String erklaerung) implements HilfevereinbarungEreignis {
}
