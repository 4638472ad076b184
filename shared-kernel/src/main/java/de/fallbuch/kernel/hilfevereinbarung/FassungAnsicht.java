package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One Fassung of a Hilfevereinbarung as a document: its content, the reason for the
 * Fortschreibung (empty for Fassung 1), the signatures and the day it came into force. Once both
 * sides have signed, nothing in it ever changes; what happened to the Fassung afterwards (replaced,
 * ended) is part of {@link HilfevereinbarungAnsicht}.
 */
public record FassungAnsicht(
        UUID hilfevereinbarungId,
        UUID fallId,
        int fassung,
        String anlass,
        LocalDate standVom,
        Vereinbarungsinhalt inhalt,
        Unterschrift unterschriftPerson,
        Unterschrift unterschriftFallmanager,
        LocalDate inKraftAm) {

    /** A signature: the day, and for the office who signed. */
    public record Unterschrift(LocalDate datum, String unterzeichnetVon) {
    }
}
