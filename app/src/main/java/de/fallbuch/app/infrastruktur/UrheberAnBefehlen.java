package de.fallbuch.app.infrastruktur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command sent from a request with the logged-in user, their role, their Dienststellen and the request's
 * correlation id. Commands sent by the system itself (deadlines, policies) keep what they carry or
 * are marked as {@code system}.
 */
class UrheberAnBefehlen implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> befehle) {
        return (index, befehl) -> {
            Map<String, Object> metadaten = new HashMap<>();
            Authentication angemeldet = SecurityContextHolder.getContext().getAuthentication();
            if (angemeldet != null && angemeldet.isAuthenticated() && !befehl.getMetaData().containsKey(Metadaten.BENUTZER)) {
                metadaten.put(Metadaten.BENUTZER, angemeldet.getName());
                metadaten.put(Metadaten.ROLLE, rolle(angemeldet));
                metadaten.put(Metadaten.DIENSTSTELLEN, dienststellen(angemeldet));
            } else if (!befehl.getMetaData().containsKey(Metadaten.BENUTZER)) {
                metadaten.put(Metadaten.BENUTZER, SYSTEM);
                metadaten.put(Metadaten.ROLLE, Rolle.SYSTEM.name());
            }
            String korrelationsId = MDC.get(Metadaten.KORRELATIONS_ID);
            if (korrelationsId != null && !befehl.getMetaData().containsKey(Metadaten.KORRELATIONS_ID)) {
                metadaten.put(Metadaten.KORRELATIONS_ID, korrelationsId);
            }
            return metadaten.isEmpty() ? befehl : befehl.andMetaData(metadaten);
        };
    }

    /** As an ArrayList: metadata values must be serializable for Axon Server's routing. */
    private static ArrayList<String> dienststellen(Authentication angemeldet) {
        return angemeldet.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Akteur.DIENSTSTELLEN_PRAEFIX))
                .map(a -> a.substring(Akteur.DIENSTSTELLEN_PRAEFIX.length()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String rolle(Authentication angemeldet) {
        return angemeldet.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Akteur.ROLLEN_PRAEFIX))
                .map(a -> a.substring(Akteur.ROLLEN_PRAEFIX.length()))
                .findFirst()
                .orElse("UNBEKANNT");
    }
}
