package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Antrag was denied by {@code entschiedenVon} on a legal basis, with reasons (§35 SGB X).
 */
public record AntragAbgelehnt(
        UUID antragId,
        UUID entscheidungId,
        String rechtsgrundlage,
        String begruendung,
        LocalDate entschiedenAm,
        String entschiedenVon,
        UUID ersetztEntscheidungId) implements AntragEreignis {
}
