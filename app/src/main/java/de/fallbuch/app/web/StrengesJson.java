package de.fallbuch.app.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: an integer field takes only an integer ({@code 12.5} cents or
 * {@code "version": "1"} are refused, not truncated or converted), a date only {@code JJJJ-MM-TT}
 * (no time, no zone), and a list no {@code null} entry. Every refusal becomes a 400 with the
 * field named ({@code Fehlerbehandlung}).
 *
 * <p>Only the HTTP door gets a strict copy of the application's {@link ObjectMapper}: Axon reads
 * stored events with the original, which must stay lenient so that nothing written under older
 * rules becomes unreadable.
 */
@Configuration(proxyBeanMethods = false)
public class StrengesJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> konverter) {
        for (HttpMessageConverter<?> k : konverter) {
            if (k instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(streng(json.getObjectMapper()));
            }
        }
    }

    public static ObjectMapper streng(ObjectMapper basis) {
        ObjectMapper streng = basis.copy();
        streng.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Strict java.time parsing: "1971-04-12T00:00:00Z" is not a LocalDate.
        streng.setDefaultLeniency(false);
        streng.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        for (Class<?> sammlung : List.of(Collection.class, List.class, Set.class)) {
            streng.configOverride(sammlung).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        return streng;
    }
}
