package de.fallbuch.kernel.hilfevereinbarung;

import de.fallbuch.kernel.common.DatenSubjekt;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The draft under negotiation (Fassung {@code fassung}) got new content on {@code geaendertAm}.
 * The signatures already given on it lapsed ({@code verworfeneUnterschriften}), because they were
 * given to other content.
 */
public record EntwurfGeaendert(@DatenSubjekt UUID hilfevereinbarungId, int fassung, Vereinbarungsinhalt inhalt, LocalDate geaendertAm, Set<Unterzeichner> verworfeneUnterschriften) implements HilfevereinbarungEreignis {
}
