package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Fehlerdetails;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs the act behind a form and answers with a redirect (post/redirect/get): on success to the
 * page with a confirmation, on refusal back to the form with the service's message next to the
 * field it names. The messages are the service's own; nothing is re-checked here.
 */
public final class Formularausfuehrung {

    private static final Pattern LISTENEINTRAG = Pattern.compile("^(ziele|massnahmen|pflichten|leistungenAmt)\\[\\d+]\\.(.+)$");
    /**
     * Fields the forms name for people, not as the input does (form name to input path): the
     * person's data flat, the amount in euro. {@code Formulare} binds by it, refusals come back by its inverse.
     */
    static final Map<String, String> EINGABEPFADE = Map.of(
            "vorname", "person.vorname",
            "nachname", "person.nachname",
            "geburtsdatum", "person.geburtsdatum",
            "strasse", "person.anschrift.strasse",
            "plz", "person.anschrift.plz",
            "ort", "person.anschrift.ort",
            "betragMonatlich", "betragMonatlichCent");
    /** The one goal, measure, duty and service of a first agreement, as entries of the input's lists (form prefix to input prefix). */
    static final Map<String, String> LISTENEINTRAEGE = Map.of(
            "ziel.", "ziele[0].", "massnahme.", "massnahmen[0].", "pflicht.", "pflichten[0].", "leistung.", "leistungenAmt[0].");
    private static final Map<String, String> FELDNAMEN = feldnamen();

    private Formularausfuehrung() {
    }

    /**
     * @param formular  the form's name (its anchor on the page is {@code formular-<name>})
     * @param eingaben  the fields as sent, kept for the form when it is refused
     * @param ziel      the page to show next, e.g. {@code /faelle/<id>}
     * @param akt       performs the act and returns the confirmation to show
     */
    public static String ausfuehren(String formular, Map<String, String> eingaben, RedirectAttributes umleitung, String ziel,
            Supplier<String> akt) {
        try {
            umleitung.addFlashAttribute("erfolg", akt.get());
            return "redirect:" + ziel;
        } catch (CommandExecutionException e) {
            Fehlerdetails details = e.<Fehlerdetails>getDetails().orElseThrow(() -> e);
            return abgelehnt(formular, eingaben, umleitung, ziel, details.feld(), details.meldung(),
                    details.art() == Fehlerdetails.Art.KONFLIKT);
        } catch (UngueltigeAngabe e) {
            return abgelehnt(formular, eingaben, umleitung, ziel, e.feld(), e.getMessage(), false);
        } catch (Regelverstoss | ZugriffVerweigert | NichtGefunden e) {
            return abgelehnt(formular, eingaben, umleitung, ziel, null, e.getMessage(), false);
        } catch (VeralteteVersion e) {
            return abgelehnt(formular, eingaben, umleitung, ziel, null, e.getMessage(), true);
        } catch (ConflictingModificationException | ConcurrencyException e) {
            return abgelehnt(formular, eingaben, umleitung, ziel, null,
                    "Der Vorgang wurde inzwischen geändert – bitte neu laden und die Eingabe prüfen.", true);
        }
    }

    private static String abgelehnt(String formular, Map<String, String> eingaben, RedirectAttributes umleitung, String ziel,
            String feld, String meldung, boolean konflikt) {
        Map<String, String> feldfehler = new HashMap<>();
        if (feld != null) {
            feldfehler.put(feldImFormular(feld), meldung);
        }
        Map<String, String> behalten = new HashMap<>(eingaben);
        behalten.remove("_csrf");
        umleitung.addFlashAttribute("formularfehler", new Formularfehler(formular, meldung, feldfehler, konflikt, behalten));
        return "redirect:" + ziel + "#formular-" + formular;
    }

    /** The service names fields as the API does; the forms name some of them for people. */
    static String feldImFormular(String feld) {
        Matcher eintrag = LISTENEINTRAG.matcher(feld);
        if (eintrag.matches()) {
            String liste = eintrag.group(1) + "[0].";
            return LISTENEINTRAEGE.entrySet().stream().filter(e -> e.getValue().equals(liste)).findFirst().orElseThrow().getKey()
                    + eintrag.group(2);
        }
        return FELDNAMEN.getOrDefault(feld, feld);
    }

    /** The inverse of {@link #EINGABEPFADE}, and the address as the Person names it in its own refusals. */
    private static Map<String, String> feldnamen() {
        Map<String, String> namen = new HashMap<>();
        EINGABEPFADE.forEach((formular, eingabe) -> namen.put(eingabe, formular));
        namen.put("anschrift.strasse", "strasse");
        namen.put("anschrift.plz", "plz");
        namen.put("anschrift.ort", "ort");
        return Map.copyOf(namen);
    }
}
