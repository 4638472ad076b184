package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person withdrew their consent on {@code datum} (§12 SGB XII). The agreement rests on that
 * consent, so it ends with it; a reason is not required.
 */
public record EinwilligungWiderrufen(UUID hilfevereinbarungId, LocalDate datum, String erklaerung) implements HilfevereinbarungEreignis {
}
