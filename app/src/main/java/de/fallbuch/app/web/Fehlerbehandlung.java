package de.fallbuch.app.web;

import static de.fallbuch.app.web.Problemantworten.problem;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import de.fallbuch.app.web.Problemantworten.Feldfehler;
import de.fallbuch.kernel.common.Fehlerdetails;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every refusal to {@code application/problem+json} with a German detail and a stable code:
 * 400 malformed, 403 not allowed, 404 unknown, 409 stale version, 422 a domain rule.
 */
@RestControllerAdvice
class Fehlerbehandlung extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Fehlerbehandlung.class);

    @ExceptionHandler(Regelverstoss.class)
    ProblemDetail regelverstoss(Regelverstoss e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), e.getMessage());
    }

    @ExceptionHandler(UngueltigeAngabe.class)
    ProblemDetail ungueltigeAngabe(UngueltigeAngabe e) {
        return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", e.getMessage(), List.of(new Feldfehler(e.feld(), e.getMessage())));
    }

    @ExceptionHandler(ZugriffVerweigert.class)
    ProblemDetail zugriffVerweigert(ZugriffVerweigert e) {
        return problem(HttpStatus.FORBIDDEN, e.code(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail zugriffVerweigert(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "KEIN_ZUGRIFF", "Dafür fehlt Ihnen die Berechtigung.");
    }

    @ExceptionHandler(NichtGefunden.class)
    ProblemDetail nichtGefunden(NichtGefunden e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(VeralteteVersion.class)
    ProblemDetail veralteteVersion(VeralteteVersion e) {
        return problem(HttpStatus.CONFLICT, "VERSION_VERALTET", e.getMessage());
    }

    /** Two writes raced for the same aggregate: the later one lost at the event store. */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ProblemDetail konflikt(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "VERSION_VERALTET",
                "Der Vorgang wurde inzwischen geändert. Bitte laden Sie ihn neu und prüfen Sie Ihre Eingabe.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail befehlAbgelehnt(CommandExecutionException e) {
        Fehlerdetails details = e.<Fehlerdetails>getDetails().orElse(null);
        if (details == null) {
            LOG.error("Befehl fehlgeschlagen", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNER_FEHLER",
                    "Der Vorgang konnte wegen eines internen Fehlers nicht gespeichert werden. Es wurde nichts geändert.");
        }
        return switch (details.art()) {
            case UNGUELTIG -> problem(HttpStatus.BAD_REQUEST, details.code(), details.meldung(),
                    details.feld() == null ? List.of() : List.of(new Feldfehler(details.feld(), details.meldung())));
            case ZUGRIFF -> problem(HttpStatus.FORBIDDEN, details.code(), details.meldung());
            case UNBEKANNT -> problem(HttpStatus.NOT_FOUND, details.code(), details.meldung());
            case KONFLIKT -> problem(HttpStatus.CONFLICT, details.code(), details.meldung());
            case REGEL -> problem(HttpStatus.UNPROCESSABLE_ENTITY, details.code(), details.meldung());
        };
    }

    /**
     * Anything unforeseen: logged in full with the request's correlation id, answered with a
     * problem the caseworker can quote to the operators. Nothing half-written stays behind: every
     * write runs in one transaction.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unerwartet(Exception e) {
        String korrelationsId = org.slf4j.MDC.get(de.fallbuch.kernel.common.Metadaten.KORRELATIONS_ID);
        LOG.error("Unerwarteter Fehler (Korrelations-ID {})", korrelationsId, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNER_FEHLER",
                "Es ist ein interner Fehler aufgetreten; es wurde nichts geändert. Bitte wenden Sie sich mit der Korrelations-ID "
                        + korrelationsId + " an den Betrieb.");
        problem.setProperty("korrelationsId", korrelationsId);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typFehler(MethodArgumentTypeMismatchException e) {
        String meldung = "Der Wert „" + e.getValue() + "“ ist für „" + e.getName() + "“ ungültig" + zulaessigeWerte(e.getRequiredType()) + ".";
        return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", meldung, List.of(new Feldfehler(e.getName(), meldung)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Feldfehler> fehler = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Feldfehler(f.getField(), f.getDefaultMessage()))
                .toList();
        String detail = fehler.stream().map(Feldfehler::meldung).collect(Collectors.joining(" "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", detail, fehler));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unlesbar(e));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own MVC errors (404, 405, 406, 415, ...) in our format; their German detail comes from
        // messages.properties (problemDetail.<exception>), their code from the table of Anfragefehler.
        if (body instanceof ProblemDetail standard && standard.getProperties() == null) {
            Anfragefehler art = Anfragefehler.zumStatus(status.value());
            body = problem(status, art != null ? art.code() : "ANFRAGE_NICHT_MOEGLICH", standard.getDetail());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** Malformed JSON, a wrong type, a value object that refused its value. */
    private static ProblemDetail unlesbar(HttpMessageNotReadableException e) {
        Throwable ursache = e.getCause();
        while (ursache != null) {
            if (ursache instanceof UngueltigeAngabe angabe) {
                return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", angabe.getMessage(),
                        List.of(new Feldfehler(angabe.feld(), angabe.getMessage())));
            }
            ursache = ursache.getCause();
        }
        if (e.getCause() instanceof InvalidNullException leer && !leer.getPath().isEmpty()) {
            String feld = pfad(leer);
            String liste = feld.replaceFirst("\\[\\d+]$", "");
            String meldung = "Die Liste „" + liste + "“ enthält einen leeren Eintrag (null).";
            return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", meldung, List.of(new Feldfehler(feld, meldung)));
        }
        if (ursache(e, InputCoercionException.class) != null) {
            // A number beyond the range of its type (Jackson may or may not have wrapped it with the field's path).
            JsonMappingException mitPfad = ursache(e, JsonMappingException.class);
            String feld = mitPfad != null && !mitPfad.getPath().isEmpty() ? pfad(mitPfad) : null;
            String meldung = "Die Zahl" + (feld == null ? "" : " im Feld „" + feld + "“") + " liegt außerhalb des zulässigen Bereichs.";
            return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", meldung,
                    feld == null ? List.of() : List.of(new Feldfehler(feld, meldung)));
        }
        if (e.getCause() instanceof MismatchedInputException falsch && !falsch.getPath().isEmpty()) {
            String feld = pfad(falsch);
            Object wert = falsch instanceof InvalidFormatException format ? format.getValue() : null;
            String meldung = (wert == null ? "Das Feld „" + feld + "“ hat nicht das erwartete Format"
                    : "Der Wert „" + wert + "“ ist für das Feld „" + feld + "“ ungültig") + zulaessigeWerte(falsch.getTargetType()) + ".";
            return problem(HttpStatus.BAD_REQUEST, "UNGUELTIGE_ANGABE", meldung, List.of(new Feldfehler(feld, meldung)));
        }
        return problem(HttpStatus.BAD_REQUEST, "UNLESBARE_ANFRAGE",
                "Die Anfrage ist kein gültiges JSON in der erwarteten Form. Daten als JSON senden, Datumsangaben als JJJJ-MM-TT.");
    }

    private static <T extends Throwable> T ursache(Throwable e, Class<T> art) {
        for (Throwable ursache = e.getCause(); ursache != null; ursache = ursache.getCause()) {
            if (art.isInstance(ursache)) {
                return art.cast(ursache);
            }
        }
        return null;
    }

    private static String pfad(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String zulaessigeWerte(Class<?> typ) {
        if (typ != null && typ.isEnum()) {
            return " (zulässig: " + Arrays.stream(typ.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
        if (typ != null && typ.getSimpleName().equals("LocalDate")) {
            return " (erwartet: JJJJ-MM-TT)";
        }
        if (typ == Long.class || typ == long.class || typ == Integer.class || typ == int.class) {
            return " (erwartet: eine ganze Zahl)";
        }
        if (typ != null && typ.getSimpleName().equals("UUID")) {
            return " (erwartet: eine Kennung wie 3f2b…)";
        }
        return "";
    }
}
