package de.fallbuch.app.infrastruktur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every query sent from a request with the reader: user, role and Dienststellen, and the
 * request's correlation id. The query side decides access from these alone (query.common.AktuellerLeser),
 * so a query answered on another instance is decided exactly as a local one, whichever door (REST or
 * UI) sent it. A query without a logged-in user carries no reader and is refused where one is needed.
 */
class LeserAnAbfragen implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(List<? extends QueryMessage<?, ?>> abfragen) {
        return (index, abfrage) -> {
            Map<String, Object> metadaten = new HashMap<>();
            Authentication angemeldet = SecurityContextHolder.getContext().getAuthentication();
            if (angemeldet != null && angemeldet.isAuthenticated() && !abfrage.getMetaData().containsKey(Metadaten.BENUTZER)) {
                List<String> dienststellen = new ArrayList<>();
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
                metadaten.put(Metadaten.BENUTZER, angemeldet.getName());
                if (rolle != null) {
                    metadaten.put(Metadaten.ROLLE, rolle);
                }
                metadaten.put(Metadaten.DIENSTSTELLEN, dienststellen);
            }
            String korrelationsId = MDC.get(Metadaten.KORRELATIONS_ID);
            if (korrelationsId != null && !abfrage.getMetaData().containsKey(Metadaten.KORRELATIONS_ID)) {
                metadaten.put(Metadaten.KORRELATIONS_ID, korrelationsId);
            }
            return metadaten.isEmpty() ? abfrage : abfrage.andMetaData(metadaten);
        };
    }
}
