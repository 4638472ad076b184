package de.fallbuch.app.eingang;

import de.fallbuch.app.eingang.Tuer.Text;
import de.fallbuch.kernel.common.Grenzen.Textart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one generated request is built from a door's valid body: valid texts for its text leaves,
 * and at most one violation — a node replaced by a hostile value, removed, an unknown field
 * added, or the whole body replaced by raw bytes.
 */
record Bauplan(Map<Textart, List<String>> texte, Verletzung verletzung) {

    sealed interface Verletzung {
    }

    /** The {@code stelle}-th node of the body (counted modulo the number of nodes) gets {@code wert}. */
    record Ersetzen(int stelle, Object wert) implements Verletzung {
    }

    record Entfernen(int stelle) implements Verletzung {
    }

    record Zusatzfeld(String name, Object wert) implements Verletzung {
    }

    /** Not JSON of the expected shape at all. */
    record Roh(String koerper) implements Verletzung {
    }

    /** The valid body as it is. */
    record Keine() implements Verletzung {
    }

    boolean gueltig() {
        return verletzung instanceof Keine;
    }

    /** The request body: the template with texts filled in and the violation applied (a String for {@link Roh}). */
    Object koerper(Map<String, Object> vorlage) {
        if (verletzung instanceof Roh roh) {
            return roh.koerper();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> koerper = (Map<String, Object>) Tuer.kopie(vorlage);
        int[] zaehler = new int[Textart.values().length];
        Object gefuellt = fuellen(koerper, zaehler);
        List<Stelle> stellen = new ArrayList<>();
        sammeln(gefuellt, stellen);
        if (verletzung instanceof Ersetzen e) {
            stellen.get(Math.floorMod(e.stelle(), stellen.size())).setzen(e.wert());
        } else if (verletzung instanceof Entfernen e) {
            stellen.get(Math.floorMod(e.stelle(), stellen.size())).entfernen();
        } else if (verletzung instanceof Zusatzfeld z) {
            koerper.put(z.name(), z.wert());
        }
        return gefuellt;
    }

    @SuppressWarnings("unchecked")
    private Object fuellen(Object knoten, int[] zaehler) {
        if (knoten instanceof Text text) {
            List<String> auswahl = texte.get(text.art());
            return auswahl.get(zaehler[text.art().ordinal()]++ % auswahl.size());
        }
        if (knoten instanceof Map<?, ?> karte) {
            Map<String, Object> m = (Map<String, Object>) karte;
            m.replaceAll((k, v) -> fuellen(v, zaehler));
            return m;
        }
        if (knoten instanceof List<?> liste) {
            List<Object> l = (List<Object>) liste;
            l.replaceAll(v -> fuellen(v, zaehler));
            return l;
        }
        return knoten;
    }

    /** A node of the body with its parent, so it can be replaced or removed. */
    private record Stelle(Object eltern, Object schluessel) {

        @SuppressWarnings("unchecked")
        void setzen(Object wert) {
            if (eltern instanceof Map<?, ?> karte) {
                ((Map<String, Object>) karte).put((String) schluessel, wert);
            } else {
                ((List<Object>) eltern).set((Integer) schluessel, wert);
            }
        }

        void entfernen() {
            if (eltern instanceof Map<?, ?> karte) {
                karte.remove(schluessel);
            } else {
                ((List<?>) eltern).remove((int) (Integer) schluessel);
            }
        }
    }

    private static void sammeln(Object knoten, List<Stelle> stellen) {
        if (knoten instanceof Map<?, ?> karte) {
            karte.forEach((k, v) -> {
                stellen.add(new Stelle(karte, k));
                sammeln(v, stellen);
            });
        } else if (knoten instanceof List<?> liste) {
            for (int i = 0; i < liste.size(); i++) {
                stellen.add(new Stelle(liste, i));
                sammeln(liste.get(i), stellen);
            }
        }
    }

    @Override
    public String toString() {
        String v = verletzung.toString();
        return "Bauplan[" + (v.length() > 300 ? v.substring(0, 300) + "…(" + v.length() + " Zeichen)" : v) + "]";
    }
}
