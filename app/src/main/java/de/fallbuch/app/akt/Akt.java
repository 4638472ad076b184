package de.fallbuch.app.akt;

import de.fallbuch.kernel.common.Akteur;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One act as both doors offer it: the command it sends and how its input becomes that command.
 * The REST door binds the JSON body onto {@code eingabe} with Jackson, the UI door binds the
 * form's fields onto it with Spring's data binding; {@link Aktausfuehrung} does the rest for both.
 *
 * @param vorgang      the kind of record the act changes
 * @param api          the REST path ({@code POST}), e.g. {@code /api/antraege/{antragId}/bewilligung}
 * @param formular     the UI path ({@code POST}) of the form, e.g. {@code /faelle/{fallId}/antraege/{antragId}/bewilligung}
 * @param formularname the form's name on the page (its anchor and where refusals go), path variables in braces
 * @param eingabe      what the doors bind their input onto: the command record itself for almost every act
 * @param zuBefehl     turns the bound input into the command (identity unless the input has another shape)
 * @param erzeugt      command components the act gives a new id, with the name the answer uses for it
 * @param pflicht      components that must be given, with the German message when they are not
 * @param antwortname  the name under which the REST answer carries the handler's answer (the Aktenzeichen), or null
 * @param bestaetigung the confirmation the UI shows after the act
 * @param felder       form fields whose name differs from the input's (form name to input path), for this act only
 */
public record Akt<E, C>(Vorgang vorgang, String api, String formular, String formularname, Class<E> eingabe, Class<C> befehl,
        BiFunction<E, Akteur, C> zuBefehl, Map<String, String> erzeugt, Map<String, String> pflicht, String antwortname,
        Function<Ausgang, String> bestaetigung, Map<String, String> felder) {

    public Akt {
        erzeugt = new LinkedHashMap<>(erzeugt);
        pflicht = new LinkedHashMap<>(pflicht);
        felder = Map.copyOf(felder);
    }

    /** An act whose input is its command. */
    static <C> Akt<C, C> von(Vorgang vorgang, Class<C> befehl, String api, String formular, String formularname, String bestaetigung) {
        return new Akt<>(vorgang, api, formular, formularname, befehl, befehl, (eingabe, akteur) -> eingabe, Map.of(), Map.of(), null,
                ausgang -> bestaetigung, Map.of());
    }

    /** An act whose input has its own shape (the content of a Hilfevereinbarung). */
    static <E, C> Akt<E, C> von(Vorgang vorgang, Class<E> eingabe, Class<C> befehl, BiFunction<E, Akteur, C> zuBefehl, String api,
            String formular, String formularname, String bestaetigung) {
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, Map.of(), Map.of(), null, ausgang -> bestaetigung, Map.of());
    }

    /** The act gives {@code komponente} a new id, answered as {@code antwort}. */
    Akt<E, C> erzeugt(String komponente, String antwort) {
        Map<String, String> mehr = new LinkedHashMap<>(erzeugt);
        mehr.put(komponente, antwort);
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, mehr, pflicht, antwortname, bestaetigung, felder);
    }

    Akt<E, C> erzeugt(String komponente) {
        return erzeugt(komponente, komponente);
    }

    Akt<E, C> pflicht(String komponente, String meldung) {
        Map<String, String> mehr = new LinkedHashMap<>(pflicht);
        mehr.put(komponente, meldung);
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, erzeugt, mehr, antwortname, bestaetigung, felder);
    }

    /** The input is completed from the actor (who opens, who signs): never taken from the client. */
    Akt<E, C> ergaenzt(BiFunction<C, Akteur, C> ergaenzung) {
        BiFunction<E, Akteur, C> bisher = zuBefehl;
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl,
                (e, akteur) -> ergaenzung.apply(bisher.apply(e, akteur), akteur), erzeugt, pflicht, antwortname, bestaetigung, felder);
    }

    Akt<E, C> antwort(String name) {
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, erzeugt, pflicht, name, bestaetigung, felder);
    }

    Akt<E, C> bestaetigung(Function<Ausgang, String> text) {
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, erzeugt, pflicht, antwortname, text, felder);
    }

    /** The form calls {@code formularfeld} what the input calls {@code eingabepfad}. */
    Akt<E, C> feld(String formularfeld, String eingabepfad) {
        Map<String, String> mehr = new LinkedHashMap<>(felder);
        mehr.put(formularfeld, eingabepfad);
        return new Akt<>(vorgang, api, formular, formularname, eingabe, befehl, zuBefehl, erzeugt, pflicht, antwortname, bestaetigung, mehr);
    }

    /** Whether the act creates something: the REST door answers 201 with the record's location. */
    public boolean erzeugtEtwas() {
        return !erzeugt.isEmpty();
    }
}
