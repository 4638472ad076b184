package de.fallbuch.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's answer to a request it refuses before the application sees it: an encoded "/" or a
 * broken percent encoding in the path, headers above the connector's limit, a malformed request
 * line. Tomcat writes these with its {@link ErrorReportValve} (an English HTML page) because no
 * web application, and so no {@code /error} page, is involved yet. This replacement answers in our
 * format instead: problem+json on the machine interfaces, a German page for the UI. Errors the
 * application itself raised have already been answered by {@code /error} and are left alone.
 */
final class Fehlerbericht extends ErrorReportValve {

    private final ObjectMapper json;

    Fehlerbericht(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request anfrage, Response antwort, Throwable fehler) {
        int status = antwort.getStatus();
        // The same guard as Tomcat's own report: only an error nobody has written a body for, and only once.
        if (status < 400 || antwort.getContentWritten() > 0 || !antwort.setErrorReported()) {
            return;
        }
        Anfragefehler art = einordnen(status, antwort.getMessage(), fehler);
        HttpStatus httpStatus = HttpStatus.resolve(status);
        try {
            String text;
            if (Anfragefehler.fuerProgramme(anfrage.getRequestURI())) {
                ProblemDetail problem = art != null ? art.problem()
                        : Problemantworten.problem(httpStatus != null ? httpStatus : HttpStatus.BAD_REQUEST,
                                "ANFRAGE_NICHT_MOEGLICH", "Die Anfrage konnte so nicht bearbeitet werden.");
                problem.setStatus(status);
                antwort.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                text = json.writeValueAsString(problem);
            } else {
                antwort.setContentType(MediaType.TEXT_HTML_VALUE);
                text = seite(status == 400 ? "Ungültige Anfrage" : "Anfrage nicht möglich",
                        art != null ? art.detail() : "Die Anfrage konnte so nicht bearbeitet werden.");
            }
            antwort.setCharacterEncoding("UTF-8");
            Writer schreiber = antwort.getReporter();
            if (schreiber != null) {
                schreiber.write(text);
                antwort.finishResponse();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already under way: nothing left to tell anyone.
        }
    }

    /** Tomcat gives no type, only its message: an invalid URI and oversized headers are told apart by it. */
    static Anfragefehler einordnen(int status, String meldung, Throwable fehler) {
        if (status == 400 && meldung != null && meldung.startsWith("Invalid URI")) {
            return Anfragefehler.UNGUELTIGE_ADRESSE;
        }
        if (status == 400 && fehler != null && fehler.getMessage() != null && fehler.getMessage().contains("header is too large")) {
            return Anfragefehler.KOPFZEILEN_ZU_GROSS;
        }
        return Anfragefehler.zumStatus(status);
    }

    /** A page in the look of the UI's layout, without its templates: no application is involved here. */
    private static String seite(String titel, String meldung) {
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Fallbuch</title><link rel="stylesheet" href="/css/fallbuch.css"></head>
                <body>
                <header class="kopf"><a class="marke" href="/">Fallbuch <small>Sozialamt · Amt 50</small></a></header>
                <main id="inhalt"><h1>%1$s</h1>
                <div class="hinweis fehler" role="alert"><p>%2$s</p></div>
                <p><a href="/">Zur Startseite</a></p></main>
                </body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(titel, "UTF-8"), HtmlUtils.htmlEscape(meldung, "UTF-8"));
    }
}
