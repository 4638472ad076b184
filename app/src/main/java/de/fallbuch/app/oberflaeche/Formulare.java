package de.fallbuch.app.oberflaeche;

import de.fallbuch.app.akt.Akt;
import de.fallbuch.app.akt.Akte;
import de.fallbuch.app.akt.Aktausfuehrung;
import de.fallbuch.app.akt.Ausgang;
import de.fallbuch.app.akt.Pfadkennungen;
import de.fallbuch.kernel.common.Ansicht;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The UI door of every act in {@link Akte} that has a form: {@code POST} on the form's path, its
 * fields bound onto the act's input by Spring's data binding with German formats
 * ({@link Eingabeformate}), the act done by {@link Aktausfuehrung} as for the REST door, and the
 * answer a redirect (post/redirect/get, {@link Formularausfuehrung}): the Fall page with the
 * confirmation, or back to the form with the service's message next to the field. The next page
 * shows the write: this is the one place that waits for the views to have it.
 */
@Component
class Formulare {

    /** How long a page waits for the views to show a write it just made. */
    static final Duration NACHLAUF = Duration.ofSeconds(5);

    /** The hidden field beside a tick box: sent without the box, it means "not ticked". */
    private static final String HAKEN_MARKE = "_";

    private final Aktausfuehrung ausfuehrung;
    private final Nachlauf nachlauf;
    private final Map<String, Akt<?, ?>> nachPfad = new HashMap<>();

    Formulare(Aktausfuehrung ausfuehrung, Nachlauf nachlauf,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping zuordnung) throws NoSuchMethodException {
        this.ausfuehrung = ausfuehrung;
        this.nachlauf = nachlauf;
        Method tuer = Formulare.class.getDeclaredMethod("absenden", HttpServletRequest.class, RedirectAttributes.class);
        for (Akt<?, ?> akt : Akte.ALLE) {
            if (akt.formular() != null) {
                nachPfad.put(akt.formular(), akt);
                zuordnung.registerMapping(RequestMappingInfo.paths(akt.formular())
                        .methods(RequestMethod.POST)
                        .options(zuordnung.getBuilderConfiguration()).build(), this, tuer);
            }
        }
    }

    String absenden(HttpServletRequest anfrage, RedirectAttributes umleitung) {
        Akt<?, ?> akt = nachPfad.get((String) anfrage.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        @SuppressWarnings("unchecked")
        Map<String, String> variablen = (Map<String, String>) anfrage.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> pfad = variablen == null ? Map.of() : variablen;
        Map<String, UUID> kennungen = Pfadkennungen.aus(anfrage);
        Map<String, String> eingaben = new LinkedHashMap<>();
        anfrage.getParameterMap().forEach((name, werte) -> eingaben.put(name, werte.length == 0 ? "" : werte[0]));
        String fallId = pfad.get("fallId");
        // A new Fall has no page yet: a refusal goes back to the form for opening one.
        String seite = fallId == null ? "/faelle/neu" : "/faelle/" + fallId;
        String[] neuerFall = new String[1];
        String ergebnis = Formularausfuehrung.ausfuehren(formularname(akt, pfad), eingaben, umleitung, seite, () -> {
            Ausgang ausgang = ausfuehren(akt, kennungen, anfrage);
            nachlauf.abwarten(ansicht(akt), ausgang.ziel(), ausgang.version(), NACHLAUF);
            if (fallId == null) {
                neuerFall[0] = ausgang.ziel().toString();
            }
            return akt.bestaetigung().apply(ausgang);
        });
        return neuerFall[0] == null ? ergebnis : "redirect:/faelle/" + neuerFall[0];
    }

    private <E> Ausgang ausfuehren(Akt<E, ?> akt, Map<String, UUID> kennungen, HttpServletRequest anfrage) {
        Map<String, String[]> felder = felder(akt, anfrage.getParameterMap());
        if (Arrays.stream(akt.befehl().getRecordComponents()).anyMatch(k -> k.getName().equals("version"))) {
            // Without the version the page was rendered with, a write would skip the check for a stale page.
            String[] version = anfrage.getParameterMap().get("version");
            Eingaben.version(version == null || version.length == 0 ? null : version[0]);
        }
        return ausfuehrung.ausfuehren(akt, kennungen, Formularbindung.binden(akt.eingabe(), felder));
    }

    /** The form's fields by the input's names; empty fields left out (not given), tick boxes without a tick "nein". */
    private static Map<String, String[]> felder(Akt<?, ?> akt, Map<String, String[]> formular) {
        Map<String, String[]> felder = new HashMap<>();
        formular.forEach((name, werte) -> {
            String[] gefuellt = Arrays.stream(werte).map(String::strip).filter(w -> !w.isEmpty()).toArray(String[]::new);
            if (name.startsWith(HAKEN_MARKE) && !formular.containsKey(name.substring(1))) {
                felder.put(eingabename(akt, name.substring(1)), new String[] {"nein"});
            } else if (gefuellt.length > 0 && !name.startsWith(HAKEN_MARKE) && !name.equals("_csrf")) {
                felder.put(eingabename(akt, name), gefuellt);
            }
        });
        return felder;
    }

    private static String eingabename(Akt<?, ?> akt, String formularfeld) {
        String name = akt.felder().getOrDefault(formularfeld, Formularausfuehrung.EINGABEPFADE.getOrDefault(formularfeld, formularfeld));
        for (Map.Entry<String, String> eintrag : Formularausfuehrung.LISTENEINTRAEGE.entrySet()) {
            if (name.startsWith(eintrag.getKey())) {
                return eintrag.getValue() + name.substring(eintrag.getKey().length());
            }
        }
        return name;
    }

    private static String formularname(Akt<?, ?> akt, Map<String, String> pfad) {
        String name = akt.formularname();
        for (Map.Entry<String, String> variable : pfad.entrySet()) {
            name = name.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        return name;
    }

    private static Ansicht ansicht(Akt<?, ?> akt) {
        return switch (akt.vorgang()) {
            case FALL -> Ansicht.FALL;
            case ANTRAG -> Ansicht.ANTRAG;
            case HILFEVEREINBARUNG -> Ansicht.HILFEVEREINBARUNG;
        };
    }
}
