package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/** Binds a form's fields (already named as the input names them) onto an act's input record. */
final class Formularbindung {

    private static final FormattingConversionService FORMATE = Eingabeformate.deutsch();

    private Formularbindung() {
    }

    /**
     * Spring's constructor binding of the record. Each value is read here by the German formats for
     * the type and annotations of its component ({@link #komponente}), so that a refusal keeps the
     * format's own message (Spring's fallback to its default editors would replace it with an English one).
     */
    static <E> E binden(Class<E> art, Map<String, String[]> felder) {
        WebDataBinder binder = new WebDataBinder(null, "eingabe");
        binder.setTargetType(ResolvableType.forClass(art));
        binder.setConversionService(FORMATE);
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
                    return FORMATE.convert(roh, TypeDescriptor.forObject(roh), ziel);
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
}
