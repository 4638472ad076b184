package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Cent;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VierstelligesJahr;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.format.support.FormattingConversionService;

/**
 * How a form field becomes a value, the way a German office types it ({@link Eingaben}, and
 * docs/oberflaeche.md "Eingaben"): dates TT.MM.JJJJ, a birth date with a four-digit year
 * ({@link VierstelligesJahr}), euro amounts "1.234,56" into cents ({@link Cent}), "ja" for a tick,
 * a text area one entry per line. What cannot be read is refused with {@link UngueltigeAngabe} and
 * its German message, which the form shows next to the field.
 */
final class Eingabeformate {

    private Eingabeformate() {
    }

    static FormattingConversionService deutsch() {
        DefaultFormattingConversionService formate = new DefaultFormattingConversionService(false);
        formate.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale ort) {
                return Eingaben.datum("", text);
            }

            @Override
            public String print(LocalDate datum, Locale ort) {
                return datum.toString();
            }
        });
        formate.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<VierstelligesJahr>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(LocalDate.class);
            }

            @Override
            public Printer<?> getPrinter(VierstelligesJahr annotation, Class<?> typ) {
                return (datum, ort) -> datum.toString();
            }

            @Override
            public Parser<?> getParser(VierstelligesJahr annotation, Class<?> typ) {
                return (text, ort) -> Eingaben.geburtsdatum("", text);
            }
        });
        formate.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<Cent>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(Long.class, long.class);
            }

            @Override
            public Printer<?> getPrinter(Cent annotation, Class<?> typ) {
                return (cent, ort) -> String.valueOf(cent);
            }

            @Override
            public Parser<?> getParser(Cent annotation, Class<?> typ) {
                return (text, ort) -> Eingaben.cent("", text);
            }
        });
        Formatter<Boolean> haken = new Formatter<>() {
            @Override
            public Boolean parse(String text, Locale ort) {
                return switch (text.strip().toLowerCase(Locale.ROOT)) {
                    case "ja", "on", "true" -> true;
                    case "nein", "off", "false" -> false;
                    default -> throw new UngueltigeAngabe("", "Bitte ankreuzen oder leer lassen.");
                };
            }

            @Override
            public String print(Boolean wert, Locale ort) {
                return wert ? "ja" : "nein";
            }
        };
        formate.addFormatterForFieldType(Boolean.class, haken);
        formate.addFormatterForFieldType(boolean.class, haken);
        formate.addConverter(new JeZeileEinEintrag());
        return formate;
    }

    /** A text area for a list of texts: one entry per line, empty lines left out (not split at commas). */
    private static final class JeZeileEinEintrag implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, Collection.class));
        }

        @Override
        public boolean matches(TypeDescriptor quelle, TypeDescriptor ziel) {
            return ziel.getElementTypeDescriptor() != null && ziel.getElementTypeDescriptor().getType() == String.class;
        }

        @Override
        public Object convert(Object quelle, TypeDescriptor quellTyp, TypeDescriptor zielTyp) {
            if (quelle == null) {
                return null;
            }
            List<String> zeilen = Arrays.stream(((String) quelle).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return zeilen;
        }
    }
}
