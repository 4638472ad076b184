package de.fallbuch.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the {@code application/problem+json} answers of the API: {@code status}, {@code title},
 * a German {@code detail} for a person and a stable {@code code} for a program, plus
 * {@code fehler} (field and message) where a form can show them next to the field.
 */
@Component
public class Problemantworten {

    /** A message about one field of the request. */
    public record Feldfehler(String feld, String meldung) {
    }

    private final ObjectMapper json;

    Problemantworten(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel(status.value()));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail, List<Feldfehler> fehler) {
        ProblemDetail problem = problem(status, code, detail);
        if (!fehler.isEmpty()) {
            problem.setProperty("fehler", fehler);
        }
        return problem;
    }

    /** For answers written outside Spring MVC (security filters). */
    public void schreiben(HttpServletResponse antwort, HttpStatus status, String code, String detail) throws IOException {
        antwort.setStatus(status.value());
        antwort.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwort.setCharacterEncoding("UTF-8");
        json.writeValue(antwort.getOutputStream(), problem(status, code, detail));
    }

    private static String titel(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Nicht angemeldet";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 406 -> "Format nicht lieferbar";
            case 409 -> "Konflikt mit dem aktuellen Stand";
            case 413 -> "Anfrage zu groß";
            case 415 -> "Nicht unterstütztes Format";
            case 422 -> "Fachliche Regel verletzt";
            case 429 -> "Zu viele Anfragen";
            default -> status >= 500 ? "Interner Fehler" : "Fehler";
        };
    }
}
