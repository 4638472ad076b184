package de.fallbuch.app.akt;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.app.web.StrengesJson;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The REST door of every act in {@link Akte} (api.md): {@code POST} on the act's path with a JSON
 * body that Jackson binds onto the act's input (the command record, read as strictly as every
 * request body: {@code StrengesJson}). The answer names the record, the ids the act created and
 * the version after it; an act that creates something answers {@code 201} with the record's location.
 */
@Component
class BefehlsApi {

    private final Aktausfuehrung ausfuehrung;
    private final MappingJackson2HttpMessageConverter json;
    private final Map<String, Akt<?, ?>> nachPfad = new HashMap<>();

    BefehlsApi(Aktausfuehrung ausfuehrung, ObjectMapper objectMapper,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping zuordnung) throws NoSuchMethodException {
        this.ausfuehrung = ausfuehrung;
        this.json = new MappingJackson2HttpMessageConverter(StrengesJson.streng(objectMapper));
        Method tuer = BefehlsApi.class.getDeclaredMethod("ausfuehren", HttpServletRequest.class);
        for (Akt<?, ?> akt : Akte.ALLE) {
            nachPfad.put(akt.api(), akt);
            zuordnung.registerMapping(RequestMappingInfo.paths(akt.api()).methods(RequestMethod.POST)
                    .consumes(MediaType.APPLICATION_JSON_VALUE, "application/*+json").options(zuordnung.getBuilderConfiguration()).build(), this, tuer);
        }
    }

    ResponseEntity<Map<String, Object>> ausfuehren(HttpServletRequest anfrage) throws IOException {
        Akt<?, ?> akt = nachPfad.get((String) anfrage.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        return ausfuehren(akt, Pfadkennungen.aus(anfrage), anfrage);
    }

    private <E> ResponseEntity<Map<String, Object>> ausfuehren(Akt<E, ?> akt, Map<String, UUID> pfad, HttpServletRequest anfrage)
            throws IOException {
        // Read by Spring's own converter: a body that cannot be read is refused exactly as with @RequestBody.
        ServletServerHttpRequest koerper = new ServletServerHttpRequest(anfrage);
        E eingabe = akt.eingabe().cast(json.read(akt.eingabe(), null, koerper));
        if (eingabe == null) {
            // A body of just "null" is no body, as for @RequestBody.
            throw new HttpMessageNotReadableException("Required request body is missing", koerper);
        }
        Ausgang ausgang = ausfuehrung.ausfuehren(akt, pfad, eingabe);
        Map<String, Object> antwort = new LinkedHashMap<>();
        antwort.put(akt.vorgang().kennung(), ausgang.ziel());
        if (akt.antwortname() != null) {
            antwort.put(akt.antwortname(), ausgang.antwort());
        }
        antwort.putAll(ausgang.erzeugt());
        antwort.put("version", ausgang.version());
        // The content as it was sent to the aggregate, with every entry's id (a client keeps them to change an entry later).
        Object inhalt = Aktausfuehrung.komponente(ausgang.befehl(), "inhalt");
        if (inhalt != null) {
            antwort.put("inhalt", inhalt);
        }
        return akt.erzeugtEtwas()
                ? ResponseEntity.created(URI.create(akt.vorgang().api() + "/" + ausgang.ziel())).body(antwort)
                : ResponseEntity.ok(antwort);
    }
}
