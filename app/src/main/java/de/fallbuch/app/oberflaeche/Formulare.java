package de.fallbuch.app.oberflaeche;

import de.fallbuch.app.akt.Akt;
import de.fallbuch.app.akt.Akte;
import de.fallbuch.app.akt.Aktausfuehrung;
import de.fallbuch.app.akt.Ausgang;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.query.common.Lesestand;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
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
    private final Lesestand lesestand;
    private final FormattingConversionService formate = Eingabeformate.deutsch();
    private final Map<String, Akt<?, ?>> nachPfad = new HashMap<>();

    Formulare(Aktausfuehrung ausfuehrung, Lesestand lesestand,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping zuordnung) throws NoSuchMethodException {
        this.ausfuehrung = ausfuehrung;
        this.lesestand = lesestand;
        Method tuer = Formulare.class.getDeclaredMethod("absenden", HttpServletRequest.class, RedirectAttributes.class);
        for (Akt<?, ?> akt : Akte.ALLE) {
            if (akt.formular() != null) {
                nachPfad.put(akt.formular(), akt);
                zuordnung.registerMapping(RequestMappingInfo.paths(akt.formular())
                        .methods(org.springframework.web.bind.annotation.RequestMethod.POST)
                        .options(zuordnung.getBuilderConfiguration()).build(), this, tuer);
            }
        }
    }

    String absenden(HttpServletRequest anfrage, RedirectAttributes umleitung) {
        Akt<?, ?> akt = nachPfad.get((String) anfrage.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        @SuppressWarnings("unchecked")
        Map<String, String> variablen = (Map<String, String>) anfrage.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> pfad = variablen == null ? Map.of() : variablen;
        Map<String, UUID> kennungen = de.fallbuch.app.akt.Pfadkennungen.aus(anfrage);
        Map<String, String> eingaben = new LinkedHashMap<>();
        anfrage.getParameterMap().forEach((name, werte) -> eingaben.put(name, werte.length == 0 ? "" : werte[0]));
        String fallId = pfad.get("fallId");
        // A new Fall has no page yet: a refusal goes back to the form for opening one.
        String seite = fallId == null ? "/faelle/neu" : "/faelle/" + fallId;
        String[] neuerFall = new String[1];
        String ergebnis = Formularausfuehrung.ausfuehren(formularname(akt, pfad), eingaben, umleitung, seite, () -> {
            Ausgang ausgang = ausfuehren(akt, kennungen, anfrage);
            lesestand.abwarten(ansicht(akt), ausgang.ziel(), ausgang.version(), NACHLAUF);
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
        return ausfuehrung.ausfuehren(akt, kennungen, binden(akt.eingabe(), felder));
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

    /**
     * Spring's constructor binding of the record. Each value is read here by the German formats for
     * the type and annotations of its component ({@link #komponente}), so that a refusal keeps the
     * format's own message (Spring's fallback to its default editors would replace it with an English one).
     */
    private <E> E binden(Class<E> art, Map<String, String[]> felder) {
        WebDataBinder binder = new WebDataBinder(null, "eingabe");
        binder.setTargetType(ResolvableType.forClass(art));
        binder.setConversionService(formate);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> typ) {
                String[] werte = felder.get(name);
                if (werte == null) {
                    return null;
                }
                Object roh = werte.length == 1 ? werte[0] : werte;
                TypeDescriptor ziel = komponente(art, name);
                if (ziel == null) {
                    return roh;
                }
                try {
                    return formate.convert(roh, TypeDescriptor.forObject(roh), ziel);
                } catch (ConversionFailedException e) {
                    throw new UngueltigeAngabe(name, meldung(e, ziel.getType()));
                }
            }

            @Override
            public Set<String> getNames() {
                return felder.keySet();
            }
        });
        FieldError fehler = binder.getBindingResult().getFieldError();
        if (fehler != null) {
            throw new UngueltigeAngabe(fehler.getField(), "Bitte einen Eintrag aus der Liste wählen.");
        }
        return art.cast(binder.getTarget());
    }

    /** The type (with annotations) of the component a path such as {@code ziele[0].zieldatum} names, or null. */
    static TypeDescriptor komponente(Class<?> wurzel, String pfad) {
        TypeDescriptor typ = null;
        Class<?> art = wurzel;
        for (String teil : pfad.split("\\.")) {
            int klammer = teil.indexOf('[');
            String name = klammer < 0 ? teil : teil.substring(0, klammer);
            if (!art.isRecord()) {
                return null;
            }
            try {
                typ = new TypeDescriptor(art.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                return null;
            }
            if (klammer >= 0) {
                typ = typ.getElementTypeDescriptor();
                if (typ == null) {
                    return null;
                }
            }
            art = typ.getType();
        }
        return typ;
    }

    /** The format's own German message, or what the field expects. */
    private static String meldung(Throwable fehler, Class<?> typ) {
        for (Throwable ursache = fehler; ursache != null; ursache = ursache.getCause()) {
            if (ursache instanceof UngueltigeAngabe angabe) {
                return angabe.getMessage();
            }
        }
        if (typ == LocalDate.class) {
            return "Bitte ein Datum im Format TT.MM.JJJJ angeben.";
        }
        if (Number.class.isAssignableFrom(typ) || typ == long.class || typ == int.class) {
            return "Bitte eine Zahl angeben.";
        }
        return "Bitte einen Eintrag aus der Liste wählen.";
    }

    private static String formularname(Akt<?, ?> akt, Map<String, String> pfad) {
        String name = akt.formularname();
        for (Map.Entry<String, String> variable : pfad.entrySet()) {
            name = name.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        return name;
    }

    private static Lesestand.Ansicht ansicht(Akt<?, ?> akt) {
        return switch (akt.vorgang()) {
            case FALL -> Lesestand.Ansicht.FALL;
            case ANTRAG -> Lesestand.Ansicht.ANTRAG;
            case HILFEVEREINBARUNG -> Lesestand.Ansicht.HILFEVEREINBARUNG;
        };
    }
}
