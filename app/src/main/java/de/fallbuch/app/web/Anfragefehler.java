package de.fallbuch.app.web;

import de.fallbuch.kernel.common.Grenzen;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Refusals of a request as such, not of its content: an address that does not exist, a method or
 * format the address does not offer, a request too large or malformed before any of our code could
 * read it. Each has its HTTP status, a stable code and a German text; the API answers them as
 * problem+json ({@link Problemantworten}), the UI as a German page. One table, so Tomcat's own
 * refusals, Spring Security's and Spring MVC's read the same.
 */
public enum Anfragefehler {

    UNGUELTIGE_ANFRAGE(HttpStatus.BAD_REQUEST,
            "Die Anfrage ist fehlerhaft aufgebaut und wurde nicht bearbeitet. Es wurde nichts gespeichert."),
    UNGUELTIGE_ADRESSE(HttpStatus.BAD_REQUEST,
            "Die Adresse der Anfrage enthält unzulässige Zeichen (zum Beispiel einen kodierten Schrägstrich „%2F“, "
                    + "ein Semikolon oder eine fehlerhafte Prozent-Kodierung) und wurde nicht bearbeitet."),
    KOPFZEILEN_ZU_GROSS(HttpStatus.BAD_REQUEST,
            "Die Kopfzeilen der Anfrage (etwa Cookies oder die Anmeldung) sind zu groß; sie wurde nicht bearbeitet."),
    NICHT_ANGEMELDET(HttpStatus.UNAUTHORIZED, "Bitte melden Sie sich an (Benutzername und Passwort)."),
    KEIN_ZUGRIFF(HttpStatus.FORBIDDEN, "Dafür fehlt Ihnen die Berechtigung."),
    UNBEKANNTE_ADRESSE(HttpStatus.NOT_FOUND, "Diese Adresse gibt es nicht. Bitte prüfen Sie die Schreibweise."),
    METHODE_NICHT_ERLAUBT(HttpStatus.METHOD_NOT_ALLOWED, "Diese Adresse erlaubt die verwendete HTTP-Methode nicht."),
    FORMAT_NICHT_LIEFERBAR(HttpStatus.NOT_ACCEPTABLE,
            "Die Antwort gibt es nur als JSON (application/json); bitte den Accept-Kopf anpassen."),
    ANFRAGE_ZU_GROSS(HttpStatus.PAYLOAD_TOO_LARGE,
            "Die Anfrage ist zu groß: angenommen werden höchstens " + groesse(Grenzen.MAX_ANFRAGE_BYTES)
                    + ". Es wurde nichts gespeichert."),
    FORMAT_NICHT_UNTERSTUETZT(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Dieses Format wird hier nicht angenommen; bitte Daten als JSON senden (Content-Type: application/json)."),
    INTERNER_FEHLER(HttpStatus.INTERNAL_SERVER_ERROR,
            "Es ist ein interner Fehler aufgetreten; es wurde nichts geändert. Bitte wenden Sie sich an den Betrieb.");

    /**
     * Request attribute by which a component that refuses a request early (before Spring MVC) names
     * the refusal more precisely than its status can, for the error page that answers it.
     */
    public static final String ATTRIBUT = Anfragefehler.class.getName();

    private final HttpStatus status;
    private final String detail;

    Anfragefehler(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return name();
    }

    public String detail() {
        return detail;
    }

    public ProblemDetail problem() {
        return Problemantworten.problem(status, code(), detail);
    }

    /**
     * The refusal a bare status stands for; {@code null} for statuses that carry their own meaning
     * (409, 422, 503, ...) and are answered where they arise.
     */
    public static Anfragefehler zumStatus(int status) {
        return Arrays.stream(values()).filter(f -> f.status.value() == status).findFirst().orElse(null);
    }

    /** "1.048.576 Bytes (1 MiB)": exact for a program's author, readable for a person. */
    static String groesse(long bytes) {
        String genau = String.format(Locale.GERMANY, "%,d Bytes", bytes);
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? genau + " (" + bytes / mib + " MiB)" : genau;
    }

    /**
     * Whether a path belongs to the machine interfaces (REST API, actuator), which answer in
     * problem+json; everything else is the UI, which answers with German pages.
     */
    public static boolean fuerProgramme(String pfad) {
        return pfad != null && (pfad.equals("/api") || pfad.startsWith("/api/") || pfad.equals("/actuator")
                || pfad.startsWith("/actuator/"));
    }
}
