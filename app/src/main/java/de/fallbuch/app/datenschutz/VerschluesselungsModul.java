package de.fallbuch.app.datenschutz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.GehoertZumFall;
import de.fallbuch.kernel.common.Personenbezogen;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.SecretKey;

/**
 * Jackson module of the event serializer (only there: REST answers and commands are not touched).
 * Every {@link Personenbezogen} value is written as an envelope
 * {@code {"schluessel":"<subject>","verschluesselt":"<base64 of nonce||ciphertext||tag>"}} encrypted
 * with the key of the enclosing event's {@link DatenSubjekt}; the associated data is the subject and
 * the field's name. A list of texts becomes a list of envelopes (so it keeps its length when erased).
 * Reading decrypts; if the key was destroyed the value reads as "[gelöscht]" (texts), or
 * {@code null} (anything else). A value in clear (an event written before encryption) is read as is.
 *
 * <p>For a subject that is already erased, a new personal value is not written at all: the envelope
 * says {@code "geloescht":true}.
 */
final class VerschluesselungsModul extends SimpleModule {

    static final String SCHLUESSEL = "schluessel";
    static final String CHIFFRAT = "verschluesselt";
    static final String GELOESCHT = "geloescht";

    private final Schluesselverwaltung schluessel;
    private final ObjectMapper klartext;
    private final BooleanSupplier aktiv;

    /**
     * @param klartext the mapper that writes and reads the values inside an envelope (without this module)
     * @param aktiv    whether to encrypt at all (off only for the throughput comparison, docs/datenschutz.md)
     */
    VerschluesselungsModul(Schluesselverwaltung schluessel, ObjectMapper klartext, BooleanSupplier aktiv) {
        super("fallbuch-verschluesselung");
        this.schluessel = schluessel;
        this.klartext = klartext;
        this.aktiv = aktiv;
    }

    @Override
    public void setupModule(SetupContext kontext) {
        super.setupModule(kontext);
        kontext.insertAnnotationIntrospector(new Markierungen());
        kontext.addBeanSerializerModifier(new SubjektErkennung());
    }

    /** The subject (and its Fall) of the event being written, handed to its nested values. */
    private final class Subjekt {
        private final UUID id;
        private final UUID fall;
        private Optional<SecretKey> geladen;

        Subjekt(UUID id, UUID fall) {
            this.id = id;
            this.fall = fall;
        }

        Optional<SecretKey> schluessel() {
            if (geladen == null) {
                geladen = schluessel.zumSchreiben(id, fall);
            }
            return geladen;
        }
    }

    /** Finds {@link Personenbezogen} on record components (Jackson merges field, accessor and constructor parameter). */
    private final class Markierungen extends NopAnnotationIntrospector {
        @Override
        public Object findSerializer(Annotated a) {
            return a.hasAnnotation(Personenbezogen.class) ? new Verschluesseln(null) : null;
        }

        @Override
        public Object findDeserializer(Annotated a) {
            return a.hasAnnotation(Personenbezogen.class) ? new Entschluesseln(null, null) : null;
        }
    }

    /** Wraps the serializer of every record with a {@link DatenSubjekt}: its values know whose key to use. */
    private final class SubjektErkennung extends BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beschreibung, JsonSerializer<?> serializer) {
            Class<?> typ = beschreibung.getBeanClass();
            RecordComponent subjekt = komponente(typ, DatenSubjekt.class);
            if (subjekt == null) {
                return serializer;
            }
            @SuppressWarnings("unchecked")
            JsonSerializer<Object> original = (JsonSerializer<Object>) serializer;
            return new MitSubjekt(original, subjekt, komponente(typ, GehoertZumFall.class));
        }
    }

    private static RecordComponent komponente(Class<?> typ, Class<? extends java.lang.annotation.Annotation> markierung) {
        if (!typ.isRecord()) {
            return null;
        }
        for (RecordComponent k : typ.getRecordComponents()) {
            if (k.isAnnotationPresent(markierung) && k.getType() == UUID.class) {
                return k;
            }
        }
        return null;
    }

    private static UUID wert(RecordComponent k, Object bean) {
        if (k == null) {
            return null;
        }
        try {
            return (UUID) k.getAccessor().invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class MitSubjekt extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
        private final JsonSerializer<Object> original;
        private final RecordComponent subjekt;
        private final RecordComponent fall;

        MitSubjekt(JsonSerializer<Object> original, RecordComponent subjekt, RecordComponent fall) {
            this.original = original;
            this.subjekt = subjekt;
            this.fall = fall;
        }

        @Override
        public void serialize(Object ereignis, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object vorher = provider.getAttribute(Subjekt.class);
            UUID id = wert(subjekt, ereignis);
            Subjekt aktuell = id == null ? null : new Subjekt(id, wert(fall, ereignis));
            provider.setAttribute(Subjekt.class, aktuell);
            try {
                original.serialize(ereignis, gen, provider);
            } finally {
                provider.setAttribute(Subjekt.class, vorher);
            }
            if (aktuell != null && fall != null && aktiv.getAsBoolean()) {
                // The event that creates a subject registers it with its Fall even without personal values
                // (AntragGestellt): erasing the Fall must find every subject's key.
                aktuell.schluessel();
            }
        }

        @Override
        public void serializeWithType(Object ereignis, JsonGenerator gen, SerializerProvider provider, TypeSerializer typ)
                throws IOException {
            Object vorher = provider.getAttribute(Subjekt.class);
            UUID id = wert(subjekt, ereignis);
            provider.setAttribute(Subjekt.class, id == null ? null : new Subjekt(id, wert(fall, ereignis)));
            try {
                original.serializeWithType(ereignis, gen, provider, typ);
            } finally {
                provider.setAttribute(Subjekt.class, vorher);
            }
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            if (original instanceof ContextualSerializer kontextuell) {
                @SuppressWarnings("unchecked")
                JsonSerializer<Object> neu = (JsonSerializer<Object>) kontextuell.createContextual(provider, property);
                return neu == original ? this : new MitSubjekt(neu, subjekt, fall);
            }
            return this;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (original instanceof ResolvableSerializer aufloesbar) {
                aufloesbar.resolve(provider);
            }
        }

        @Override
        public Class<Object> handledType() {
            return original.handledType();
        }
    }

    private static byte[] zugehoerig(String subjekt, String feld) {
        return ("fallbuch/" + subjekt + "/" + feld).getBytes(StandardCharsets.UTF_8);
    }

    private final class Verschluesseln extends JsonSerializer<Object> implements ContextualSerializer {
        private final String feld;

        Verschluesseln(String feld) {
            this.feld = feld;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            return new Verschluesseln(property == null ? "?" : property.getName());
        }

        @Override
        public void serialize(Object wert, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!aktiv.getAsBoolean()) {
                provider.defaultSerializeValue(wert, gen);
                return;
            }
            Subjekt subjekt = (Subjekt) provider.getAttribute(Subjekt.class);
            if (subjekt == null) {
                throw JsonMappingException.from(gen, "Personenbezogener Wert \"" + feld
                        + "\" außerhalb eines Ereignisses mit @DatenSubjekt: er würde unverschlüsselt gespeichert");
            }
            if (wert instanceof Collection<?> werte) {
                gen.writeStartArray();
                for (Object einzeln : werte) {
                    umschlag(einzeln, subjekt, gen);
                }
                gen.writeEndArray();
            } else {
                umschlag(wert, subjekt, gen);
            }
        }

        private void umschlag(Object wert, Subjekt subjekt, JsonGenerator gen) throws IOException {
            gen.writeStartObject();
            gen.writeStringField(SCHLUESSEL, subjekt.id.toString());
            Optional<SecretKey> key = subjekt.schluessel();
            if (key.isPresent()) {
                byte[] chiffrat = Aesgcm.verschluesseln(key.get(), zugehoerig(subjekt.id.toString(), feld),
                        klartext.writeValueAsBytes(wert));
                gen.writeStringField(CHIFFRAT, Base64.getEncoder().encodeToString(chiffrat));
            } else {
                gen.writeBooleanField(GELOESCHT, true);
            }
            gen.writeEndObject();
        }
    }

    private final class Entschluesseln extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final JavaType typ;
        private final String feld;

        Entschluesseln(JavaType typ, String feld) {
            this.typ = typ;
            this.feld = feld;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext kontext, BeanProperty property) {
            return new Entschluesseln(property.getType(), property.getName());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext kontext) throws IOException {
            JsonNode knoten = p.readValueAsTree();
            JsonNode klar;
            if (typ.isCollectionLikeType() && knoten.isArray()) {
                ArrayNode werte = JsonNodeFactory.instance.arrayNode();
                for (JsonNode element : knoten) {
                    werte.add(oeffnen(element, typ.getContentType()));
                }
                klar = werte;
            } else {
                klar = oeffnen(knoten, typ);
            }
            return klartext.readerFor(typ).readValue(klar);
        }

        @Override
        public Object getNullValue(DeserializationContext kontext) {
            return null;
        }

        /** The value inside an envelope, or its marker if the key is gone; a value in clear as it is. */
        private JsonNode oeffnen(JsonNode knoten, JavaType werttyp) throws IOException {
            if (!knoten.isObject() || !knoten.has(SCHLUESSEL) || !(knoten.has(CHIFFRAT) || knoten.has(GELOESCHT))) {
                return knoten;
            }
            String subjekt = knoten.get(SCHLUESSEL).asText();
            Optional<SecretKey> key = knoten.has(CHIFFRAT) ? schluessel.zumLesen(UUID.fromString(subjekt)) : Optional.empty();
            if (key.isEmpty()) {
                return werttyp.hasRawClass(String.class) ? TextNode.valueOf(Personenbezogen.GELOESCHT) : NullNode.getInstance();
            }
            byte[] wert = Aesgcm.entschluesseln(key.get(), zugehoerig(subjekt, feld),
                    Base64.getDecoder().decode(knoten.get(CHIFFRAT).asText()));
            return klartext.readTree(wert);
        }
    }
}
