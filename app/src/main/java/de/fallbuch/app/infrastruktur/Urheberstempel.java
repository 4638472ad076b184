package de.fallbuch.app.infrastruktur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command and every query sent from a request with who sent it: the logged-in user,
 * their role and Dienststellen, and the request's correlation id. The receiving side decides access
 * from these alone (command-side {@code Schreibrechte}, query-side {@code AktuellerLeser}), so a
 * message handled on another instance is decided exactly as a local one, whichever door (REST or
 * UI) sent it. What a message already carries is kept. Without a login, a command is the system's
 * own (deadlines, policies); a query carries no reader and is refused where one is needed.
 */
final class Urheberstempel<M extends Message<?>> implements MessageDispatchInterceptor<M> {

    static final String SYSTEM = "system";

    private final boolean ohneAnmeldungSystem;

    private Urheberstempel(boolean ohneAnmeldungSystem) {
        this.ohneAnmeldungSystem = ohneAnmeldungSystem;
    }

    static Urheberstempel<CommandMessage<?>> anBefehlen() {
        return new Urheberstempel<>(true);
    }

    static Urheberstempel<QueryMessage<?, ?>> anAbfragen() {
        return new Urheberstempel<>(false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, M, M> handle(List<? extends M> nachrichten) {
        return (index, nachricht) -> {
            Map<String, Object> metadaten = new HashMap<>();
            Authentication angemeldet = SecurityContextHolder.getContext().getAuthentication();
            if (!nachricht.getMetaData().containsKey(Metadaten.BENUTZER)) {
                if (angemeldet != null && angemeldet.isAuthenticated()) {
                    metadaten.putAll(urheber(angemeldet));
                } else if (ohneAnmeldungSystem) {
                    metadaten.put(Metadaten.BENUTZER, SYSTEM);
                    metadaten.put(Metadaten.ROLLE, Rolle.SYSTEM.name());
                }
            }
            String korrelationsId = MDC.get(Metadaten.KORRELATIONS_ID);
            if (korrelationsId != null && !nachricht.getMetaData().containsKey(Metadaten.KORRELATIONS_ID)) {
                metadaten.put(Metadaten.KORRELATIONS_ID, korrelationsId);
            }
            return metadaten.isEmpty() ? nachricht : (M) nachricht.andMetaData(metadaten);
        };
    }

    /** User, role (the first one granted) and Dienststellen of a login; the list an ArrayList, serializable for Axon Server. */
    private static Map<String, Object> urheber(Authentication angemeldet) {
        ArrayList<String> dienststellen = new ArrayList<>();
        String rolle = null;
        for (GrantedAuthority recht : angemeldet.getAuthorities()) {
            String name = recht.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(Akteur.ROLLEN_PRAEFIX) && rolle == null) {
                rolle = name.substring(Akteur.ROLLEN_PRAEFIX.length());
            } else if (name.startsWith(Akteur.DIENSTSTELLEN_PRAEFIX)) {
                dienststellen.add(name.substring(Akteur.DIENSTSTELLEN_PRAEFIX.length()));
            }
        }
        Map<String, Object> urheber = new HashMap<>();
        urheber.put(Metadaten.BENUTZER, angemeldet.getName());
        urheber.put(Metadaten.ROLLE, rolle == null ? "UNBEKANNT" : rolle);
        urheber.put(Metadaten.DIENSTSTELLEN, dienststellen);
        return urheber;
    }
}
