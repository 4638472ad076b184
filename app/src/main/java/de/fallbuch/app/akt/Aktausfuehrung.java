package de.fallbuch.app.akt;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Does an act for either door, once the door has bound its input: completes the command (the
 * record's id and the other ids from the path, new ids for what the act creates, what comes from
 * the actor), refuses a missing required value, and sends it through Axon's {@link CommandGateway}.
 * Who may do it is not decided here but on the command bus, for every command alike.
 */
@Component
public class Aktausfuehrung {

    private final CommandGateway befehle;

    Aktausfuehrung(CommandGateway befehle) {
        this.befehle = befehle;
    }

    /**
     * @param pfad    the path's ids by name ({@code antragId}, {@code massnahmeId}, ...); a name the command lacks is ignored
     * @param eingabe the input as the door bound it
     */
    public <E, C> Ausgang ausfuehren(Akt<E, C> akt, Map<String, UUID> pfad, E eingabe) {
        Akteur akteur = angemeldet();
        C gebunden = akt.zuBefehl().apply(eingabe, akteur);
        Map<String, Object> werte = werte(akt.befehl(), gebunden);
        pfad.forEach((name, id) -> {
            if (werte.containsKey(name)) {
                werte.put(name, id);
            }
        });
        // What the act creates gets its id here, whatever a client sent for it.
        Map<String, UUID> erzeugt = new LinkedHashMap<>();
        akt.erzeugt().forEach((komponente, antwort) -> {
            UUID neu = UUID.randomUUID();
            werte.put(komponente, neu);
            erzeugt.put(antwort, neu);
        });
        if (werte.containsKey("version") && werte.get("version") == null) {
            throw new UngueltigeAngabe("version", akt.vorgang().versionFehlt());
        }
        akt.pflicht().forEach((komponente, meldung) -> {
            if (werte.get(komponente) == null) {
                throw new UngueltigeAngabe(komponente, meldung);
            }
        });
        C befehl = neu(akt.befehl(), werte);
        Object antwort = befehle.sendAndWait(befehl);
        UUID ziel = (UUID) werte.get(akt.vorgang().kennung());
        // A handler that creates its record answers with an id or the Aktenzeichen: the new record is at version 0.
        long version = antwort instanceof Long nachher ? nachher : 0L;
        erzeugt.remove(akt.vorgang().kennung());
        return new Ausgang(ziel, version, erzeugt, befehl, antwort);
    }

    /** The logged-in user as the access rules see them (the command bus decides again from the metadata). */
    public static Akteur angemeldet() {
        Authentication angemeldet = SecurityContextHolder.getContext().getAuthentication();
        if (angemeldet == null || !angemeldet.isAuthenticated()) {
            throw new ZugriffVerweigert("NICHT_ANGEMELDET", "Bitte melden Sie sich an.");
        }
        return Akteur.aus(angemeldet.getName(), angemeldet.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** The value of a component of the command as sent, e.g. the {@code inhalt} the REST answer repeats. */
    public static Object komponente(Object befehl, String name) {
        return werte(befehl.getClass(), befehl).get(name);
    }

    private static Map<String, Object> werte(Class<?> art, Object befehl) {
        Map<String, Object> werte = new LinkedHashMap<>();
        for (RecordComponent komponente : art.getRecordComponents()) {
            try {
                werte.put(komponente.getName(), befehl == null ? null : komponente.getAccessor().invoke(befehl));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Kann " + art.getSimpleName() + "." + komponente.getName() + " nicht lesen", e);
            }
        }
        return werte;
    }

    private static <C> C neu(Class<C> art, Map<String, Object> werte) {
        Class<?>[] typen = Arrays.stream(art.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] argumente = Arrays.stream(art.getRecordComponents()).map(k -> werte.get(k.getName())).toArray();
        try {
            Constructor<C> konstruktor = art.getDeclaredConstructor(typen);
            for (int i = 0; i < typen.length; i++) {
                if (typen[i].isPrimitive() && argumente[i] == null) {
                    argumente[i] = typen[i] == boolean.class ? Boolean.FALSE : 0;
                }
            }
            return konstruktor.newInstance(argumente);
        } catch (InvocationTargetException e) {
            // The command refused a value in its constructor (e.g. a null list entry): its message goes to the person.
            if (e.getCause() instanceof RuntimeException abgelehnt) {
                throw abgelehnt;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Kann " + art.getSimpleName() + " nicht bauen", e);
        }
    }
}
