package de.fallbuch.app.datenschutz;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.app.infrastruktur.EingebetteteDatenbank;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crypto-shredding of personal data in events (docs/datenschutz.md): the master key, the key
 * service, and Axon's event serializer with the encryption module. The serializer is the only
 * place events become bytes, so events in the JDBC store or Axon Server, dead letters and deadline
 * payloads are all written through it.
 */
@Configuration(proxyBeanMethods = false)
class DatenschutzKonfiguration {

    @Bean
    Hauptschluessel hauptschluessel(Environment umgebung,
            @Value("${" + HauptschluesselQuelle.EINSTELLUNG + ":}") String konfiguriert,
            @Value("${fallbuch.datenschutz.vorherige-hauptschluessel:}") String vorherige,
            @Value("${fallbuch.data-dir}") Path datenVerzeichnis) {
        return HauptschluesselQuelle.laden(konfiguriert, vorherige, EingebetteteDatenbank.aktiv(umgebung), datenVerzeichnis);
    }

    @Bean
    Schluesselverwaltung schluesselverwaltung(JdbcClient jdbc, Hauptschluessel hauptschluessel, ObjectMapper json, Clock uhr) {
        return new Schluesselverwaltung(jdbc, hauptschluessel, json, uhr);
    }

    /**
     * Whether personal values are encrypted: always in operation. {@code fallbuch.datenschutz.verschluesselung=false}
     * exists only to measure what encryption costs (DatenschutzDurchsatzTest); events written so are in clear for good.
     */
    @Bean
    Verschluesselungsschalter verschluesselungsschalter(@Value("${fallbuch.datenschutz.verschluesselung:true}") boolean an) {
        return new Verschluesselungsschalter(an);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, Schluesselverwaltung schluessel, RevisionResolver revisionen,
            Verschluesselungsschalter schalter) {
        ObjectMapper ereignisse = json.copy()
                .registerModule(new VerschluesselungsModul(schluessel, json.copy(), schalter::an));
        return JacksonSerializer.builder()
                .revisionResolver(revisionen)
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(ereignisse)
                .build();
    }

    /** See {@link #verschluesselungsschalter}. */
    public static final class Verschluesselungsschalter {
        private final AtomicBoolean an;

        Verschluesselungsschalter(boolean an) {
            this.an = new AtomicBoolean(an);
        }

        boolean an() {
            return an.get();
        }

        /** For the throughput comparison only. */
        void schalten(boolean wert) {
            an.set(wert);
        }
    }
}
