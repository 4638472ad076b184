package de.fallbuch.app.akt;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/** The ids in an act's path, for both doors; one that is not an id is refused as a wrongly typed path variable. */
public final class Pfadkennungen {

    private static final MethodParameter PFAD;

    static {
        try {
            PFAD = new MethodParameter(Pfadkennungen.class.getDeclaredMethod("aus", HttpServletRequest.class), 0);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Pfadkennungen() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, UUID> aus(HttpServletRequest anfrage) {
        Map<String, String> variablen = (Map<String, String>) anfrage.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, UUID> kennungen = new LinkedHashMap<>();
        if (variablen == null) {
            return kennungen;
        }
        variablen.forEach((name, wert) -> {
            try {
                kennungen.put(name, UUID.fromString(wert));
            } catch (IllegalArgumentException e) {
                throw new MethodArgumentTypeMismatchException(wert, UUID.class, name, PFAD, e);
            }
        });
        return kennungen;
    }
}
