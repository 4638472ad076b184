package de.fallbuch.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * What one instance runs, decided in one place. An instance is one of three kinds, chosen by the
 * Spring profile:
 * <ul>
 * <li><b>full</b> (no profile): everything below; the only kind that serves the web UI, which reads
 * and writes.</li>
 * <li><b>{@code command}</b>: the write model ({@code de.fallbuch.command}: aggregates, the REST door
 * of every act ({@code de.fallbuch.app.akt}),
 * the write model's registers and policies), deadlines (db-scheduler) with the recurring jobs that
 * act (search for Löschvorschläge, daily verification), key destruction on erasure, the seal.
 * No projection, no query REST, no UI.</li>
 * <li><b>{@code query}</b>: the read model ({@code de.fallbuch.query}: projections on pooled
 * streaming processors, query REST, Kennzahlen, access log), the operations of the views (rebuild,
 * dead letters, their health). Accepts no command: a write to the API is answered
 * {@code 404 NUR_LESEINSTANZ} ({@code infrastruktur.Leseinstanz}). No deadlines, no seal.</li>
 * </ul>
 * Everything else runs on every kind: infrastructure (event store, Flyway, embedded PostgreSQL),
 * security, problem+json and the {@code /error} answers ({@code oberflaeche.Fehlerseiten}), the
 * key management and the encrypting serializer (both sides need the key: writers encrypt, readers
 * decrypt), the master key rotation, health.
 *
 * <p>The write and read model are gated by {@code @Profile} on {@code CommandSide} and {@code QuerySide};
 * the parts of this module by the table {@link #NUR_AUF} below, applied as an exclude filter of the
 * application's component scan (so a new class in one of these packages follows its package).
 */
public final class Einsatzprofil implements TypeFilter, EnvironmentAware {

    public static final String COMMAND = "command";
    public static final String QUERY = "query";

    /** The kinds of instance. */
    public enum Art { VOLL, COMMAND, QUERY }

    /**
     * Classes and packages of the app module that run only on some kinds of instance (the longest
     * matching prefix decides); everything not named runs on all.
     */
    static final Map<String, Set<Art>> NUR_AUF = nurAuf();

    private static Map<String, Set<Art>> nurAuf() {
        Map<String, Set<Art>> tabelle = new LinkedHashMap<>();
        // The UI reads and writes: full instances only; its /error page answers on every instance.
        tabelle.put("de.fallbuch.app.oberflaeche.", Set.of(Art.VOLL));
        tabelle.put("de.fallbuch.app.oberflaeche.Fehlerseiten", Set.of(Art.VOLL, Art.COMMAND, Art.QUERY));
        // The REST door of every act (the act catalogue and its executor): where commands are accepted.
        tabelle.put("de.fallbuch.app.akt.", Set.of(Art.VOLL, Art.COMMAND));
        // Documents: issued by the write model (the renderer runs in the acts), read like the Fall (the
        // query side decides and records); their page link belongs to the UI.
        tabelle.put("de.fallbuch.app.dokumente.DokumenteController", Set.of(Art.VOLL, Art.QUERY));
        tabelle.put("de.fallbuch.app.dokumente.DokumentSeite", Set.of(Art.VOLL));
        // Operations of the views (rebuild, dead letters, their health, restart after a database outage).
        tabelle.put("de.fallbuch.app.betrieb.", Set.of(Art.VOLL, Art.QUERY));
        // The seal follows the writes; its daily verification is a db-scheduler job (the deadline scheduler).
        tabelle.put("de.fallbuch.app.integritaet.", Set.of(Art.VOLL, Art.COMMAND));
        // Deadlines and the recurring jobs sharing their scheduler, key destruction on erasure.
        tabelle.put("de.fallbuch.app.infrastruktur.FristenKonfiguration", Set.of(Art.VOLL, Art.COMMAND));
        tabelle.put("de.fallbuch.app.datenschutz.LoeschvorschlagsSuche", Set.of(Art.VOLL, Art.COMMAND));
        tabelle.put("de.fallbuch.app.datenschutz.Schluesselvernichtung", Set.of(Art.VOLL, Art.COMMAND));
        // A query instance refuses writes with a German answer instead of 404/405 without explanation.
        tabelle.put("de.fallbuch.app.infrastruktur.Leseinstanz", Set.of(Art.QUERY));
        return Map.copyOf(tabelle);
    }

    private Art art = Art.VOLL;

    @Override
    public void setEnvironment(Environment umgebung) {
        this.art = art(umgebung);
    }

    /** The kind of instance the active profiles ask for; both {@code command} and {@code query} is an error. */
    public static Art art(Environment umgebung) {
        boolean befehle = Arrays.asList(umgebung.getActiveProfiles()).contains(COMMAND);
        boolean abfragen = Arrays.asList(umgebung.getActiveProfiles()).contains(QUERY);
        if (befehle && abfragen) {
            throw new IllegalStateException("Die Profile 'command' und 'query' schließen einander aus; "
                    + "für beides starten Sie die Instanz ohne diese Profile (vollständige Instanz).");
        }
        return befehle ? Art.COMMAND : abfragen ? Art.QUERY : Art.VOLL;
    }

    /** Whether the class runs on an instance of the given kind. */
    public static boolean laeuftAuf(String klasse, Art art) {
        String passend = null;
        for (String praefix : NUR_AUF.keySet()) {
            if (klasse.startsWith(praefix) && (klasse.length() == praefix.length() || praefix.endsWith(".")
                    || klasse.charAt(praefix.length()) == '$') && (passend == null || praefix.length() > passend.length())) {
                passend = praefix;
            }
        }
        return passend == null || NUR_AUF.get(passend).contains(art);
    }

    /** Exclude filter: true (leave out) for a class that does not run on this kind of instance. */
    @Override
    public boolean match(MetadataReader leser, MetadataReaderFactory fabrik) throws IOException {
        return !laeuftAuf(leser.getClassMetadata().getClassName(), art);
    }
}
