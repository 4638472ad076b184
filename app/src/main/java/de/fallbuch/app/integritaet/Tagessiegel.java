package de.fallbuch.app.integritaet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The chain's head at the end of a day: {@code hash} (SHA-256, hex) is the link of global index
 * {@code globalIndex}, the last event stamped before midnight (the office's time zone); it covers
 * that event and every one before it ({@code ereignisse} in all). The office deposits it outside
 * the system; a later verification against it proves that nothing up to that point was changed.
 */
public record Tagessiegel(LocalDate tag, long globalIndex, String hash, long ereignisse, Instant erstelltAm) {

    /** The hash in groups of four hex digits, as printed. */
    @JsonIgnore
    public String hashLesbar() {
        StringBuilder lesbar = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 4) {
            lesbar.append(i > 0 ? " " : "").append(hash, i, Math.min(hash.length(), i + 4));
        }
        return lesbar.toString();
    }
}
