package de.fallbuch.app.akt;

import java.util.Map;
import java.util.UUID;

/**
 * What an act left behind: the record it changed, its version afterwards, the ids the act
 * created (named as the API names them, e.g. {@code entscheidungId}), the command as sent and the
 * handler's answer (the Aktenzeichen of a new Fall).
 */
public record Ausgang(UUID ziel, long version, Map<String, UUID> erzeugt, Object befehl, Object antwort) {

    public Ausgang {
        erzeugt = Map.copyOf(erzeugt);
    }
}
