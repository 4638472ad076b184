package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Leistungsart;
import java.time.LocalDate;
import java.util.UUID;

/** A grant waiting for approval. */
public record AusstehendeFreigabe(UUID antragId, UUID fallId, String aktenzeichen, String nachname, Leistungsart leistungsart,
        Long betragMonatlichCent, String entschiedenVon, LocalDate entschiedenAm) {
}
