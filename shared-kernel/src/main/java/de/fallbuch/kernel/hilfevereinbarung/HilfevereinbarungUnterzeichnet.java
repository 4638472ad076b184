package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One side signed Fassung {@code fassung} on {@code datum}. The person's signature is their
 * consent to the agreement (§12 SGB XII: an agreement made with consent, not a contract and not
 * an administrative act). {@code unterzeichnetVon} names the user who signed for the office, and
 * is empty for the person.
 */
public record HilfevereinbarungUnterzeichnet(UUID hilfevereinbarungId, int fassung, Unterzeichner unterzeichner, LocalDate datum, String unterzeichnetVon) implements HilfevereinbarungEreignis {
}
