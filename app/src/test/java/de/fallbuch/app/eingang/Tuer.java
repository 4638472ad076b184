package de.fallbuch.app.eingang;

import de.fallbuch.kernel.common.Grenzen.Textart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One command door of the REST API as the property tests see it: how to bring an aggregate into
 * the state the act needs, the path, a valid body for it, and whether a successful act uses the
 * target up (a second decision on the same Antrag is refused, so the next try needs a fresh one).
 *
 * <p>A body is a tree of maps and lists whose leaves are plain JSON values or {@link Text}
 * markers: a text of a declared kind, filled by the generator with a valid or a hostile value.
 */
record Tuer(String name, String benutzer, Supplier<Ziel> vorbereiten, Function<Ziel, String> pfad,
        Function<Ziel, Map<String, Object>> koerper, boolean einmalig, boolean gueltigMoeglich) {

    /** The aggregate an act is aimed at, at the version the client last saw, with the ids of its parts. */
    record Ziel(String aggregatId, long version, Map<String, String> kennungen) {

        Ziel(String aggregatId, long version) {
            this(aggregatId, version, Map.of());
        }

        String id(String name) {
            return kennungen.get(name);
        }

        Ziel mitVersion(long neu) {
            return new Ziel(aggregatId, neu, kennungen);
        }
    }

    /** A text leaf of a body: its kind decides which values are valid. */
    record Text(Textart art, String beispiel) {
    }

    /** The event type a door that creates an aggregate appends; {@code null} for acts on an existing one. */
    String erschaffenesEreignis() {
        return switch (pfad.apply(new Ziel("", 0))) {
            case "/api/faelle" -> "de.fallbuch.kernel.fall.FallEroeffnet";
            case "/api/antraege" -> "de.fallbuch.kernel.antrag.AntragGestellt";
            case "/api/hilfevereinbarungen" -> "de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen";
            default -> null;
        };
    }

    /** A deep, mutable copy of a body tree with every text leaf replaced by its example. */
    static Object mitBeispielen(Object knoten) {
        if (knoten instanceof Text text) {
            return text.beispiel();
        }
        if (knoten instanceof Map<?, ?> karte) {
            Map<String, Object> neu = new LinkedHashMap<>();
            karte.forEach((k, v) -> neu.put((String) k, mitBeispielen(v)));
            return neu;
        }
        if (knoten instanceof List<?> liste) {
            List<Object> neu = new ArrayList<>();
            liste.forEach(e -> neu.add(mitBeispielen(e)));
            return neu;
        }
        return knoten;
    }

    /** A deep, mutable copy of a body tree (the generator changes leaves in place). */
    @SuppressWarnings("unchecked")
    static Object kopie(Object knoten) {
        if (knoten instanceof Map<?, ?> karte) {
            Map<String, Object> neu = new LinkedHashMap<>();
            karte.forEach((k, v) -> neu.put((String) k, kopie(v)));
            return neu;
        }
        if (knoten instanceof List<?> liste) {
            List<Object> neu = new ArrayList<>();
            liste.forEach(e -> neu.add(kopie(e)));
            return neu;
        }
        return knoten;
    }
}
