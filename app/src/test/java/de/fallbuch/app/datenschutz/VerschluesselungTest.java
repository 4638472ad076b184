package de.fallbuch.app.datenschutz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.FallEroeffnet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The encryption of personal values, without database: AES-GCM itself and the event serializer's module. */
class VerschluesselungTest {

    private static final byte[] KLAR = "Zyxwvutsrq Qwertzuiopü".getBytes(StandardCharsets.UTF_8);

    @Test
    void aesGcmEntschluesseltNurMitDemselbenSchluesselUndDenselbenZugehoerigenDaten() {
        SecretKey schluessel = Aesgcm.neuerSchluessel();
        byte[] chiffrat = Aesgcm.verschluesseln(schluessel, "fall-1".getBytes(), KLAR);

        assertThat(Aesgcm.entschluesseln(schluessel, "fall-1".getBytes(), chiffrat)).isEqualTo(KLAR);
        assertThat(Aesgcm.verschluesseln(schluessel, "fall-1".getBytes(), KLAR)).as("jedes Mal eine neue Nonce").isNotEqualTo(chiffrat);
        assertThatThrownBy(() -> Aesgcm.entschluesseln(Aesgcm.neuerSchluessel(), "fall-1".getBytes(), chiffrat))
                .isInstanceOf(Aesgcm.Unlesbar.class);
        assertThatThrownBy(() -> Aesgcm.entschluesseln(schluessel, "fall-2".getBytes(), chiffrat))
                .isInstanceOf(Aesgcm.Unlesbar.class);
        chiffrat[20] ^= 1;
        assertThatThrownBy(() -> Aesgcm.entschluesseln(schluessel, "fall-1".getBytes(), chiffrat))
                .isInstanceOf(Aesgcm.Unlesbar.class);
    }

    @Test
    void einHauptschluesselHatGenau32Bytes() {
        assertThatThrownBy(() -> Hauptschluessel.dekodieren("AAAA", "x")).hasMessageContaining("genau 32 Bytes");
        assertThatThrownBy(() -> Hauptschluessel.dekodieren("kein base64!", "x")).hasMessageContaining("Base64");
        assertThat(Hauptschluessel.dekodieren(Hauptschluessel.base64(new byte[32]), "x")).hasSize(32);
    }

    @Test
    void personenbezogeneWerteStehenNurVerschluesseltImEreignisUndKommenUnveraendertZurueck() throws Exception {
        Schluessel schluessel = new Schluessel();
        ObjectMapper ereignisse = mapper(schluessel);
        UUID fallId = UUID.randomUUID();
        FallEroeffnet eroeffnet = new FallEroeffnet(fallId, "50-2026-000001",
                new Person("Zyxwvutsrq", "Qwertzuiopü", LocalDate.of(1961, 7, 19), new Anschrift("Plöner Gangweg 77", "48143", "Münster")),
                "Innenstadt", "fm.mueller", "Mietschulden", LocalDate.of(2026, 3, 2));

        String json = ereignisse.writeValueAsString(eroeffnet);

        assertThat(json).doesNotContain("Zyxwvutsrq", "Qwertzuiop", "1961", "Gangweg", "Mietschulden")
                .contains("50-2026-000001", "Innenstadt", "fm.mueller", "2026-03-02", "\"schluessel\":\"" + fallId + "\"");
        assertThat(ereignisse.readValue(json, FallEroeffnet.class)).isEqualTo(eroeffnet);
        assertThat(schluessel.angelegt).containsEntry(fallId, fallId);
    }

    @Test
    void nachDerLoeschungDesSchluesselsStehtGeloeschtDaUndListenBehaltenIhreLaenge() throws Exception {
        Schluessel schluessel = new Schluessel();
        ObjectMapper ereignisse = mapper(schluessel);
        UUID fallId = UUID.randomUUID();
        String fall = ereignisse.writeValueAsString(new FallEroeffnet(fallId, "50-2026-000002",
                new Person("Anna", "Zyxwvutsrq", LocalDate.of(1961, 7, 19), new Anschrift("Plöner Gangweg 77", "48143", "Münster")),
                "Innenstadt", "fm.mueller", "Mietschulden", LocalDate.of(2026, 3, 2)));
        UUID antragId = UUID.randomUUID();
        String anforderung = ereignisse.writeValueAsString(new UnterlagenAngefordert(antragId, UUID.randomUUID(),
                List.of("Mietvertrag", "Kontoauszüge"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), "Belehrung"));

        schluessel.geloescht.add(fallId);
        schluessel.geloescht.add(antragId);

        FallEroeffnet gelesen = ereignisse.readValue(fall, FallEroeffnet.class);
        assertThat(gelesen.person().vorname()).isEqualTo("[gelöscht]");
        assertThat(gelesen.person().nachname()).isEqualTo("[gelöscht]");
        assertThat(gelesen.person().geburtsdatum()).isNull();
        assertThat(gelesen.person().anschrift()).isNull();
        assertThat(gelesen.anliegen()).isEqualTo("[gelöscht]");
        assertThat(gelesen.aktenzeichen()).isEqualTo("50-2026-000002");
        assertThat(gelesen.eroeffnetAm()).isEqualTo(LocalDate.of(2026, 3, 2));
        UnterlagenAngefordert angefordert = ereignisse.readValue(anforderung, UnterlagenAngefordert.class);
        assertThat(angefordert.unterlagen()).containsExactly("[gelöscht]", "[gelöscht]");
        assertThat(angefordert.frist()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void einEreignisAusDerZeitVorDerVerschluesselungBleibtLesbar() throws Exception {
        ObjectMapper ereignisse = mapper(new Schluessel());
        String klar = """
                {"fallId":"%s","aktenzeichen":"50-2020-000001","person":{"vorname":"Alt","nachname":"Klar",
                 "geburtsdatum":"1970-01-01"},"dienststelle":"Innenstadt","fallmanager":"fm.mueller","anliegen":"x",
                 "eroeffnetAm":"2020-01-02"}""".formatted(UUID.randomUUID());
        assertThat(ereignisse.readValue(klar, FallEroeffnet.class).person().nachname()).isEqualTo("Klar");
    }

    @Test
    void einPersonenbezogenerWertOhneDatensubjektWirdNichtGeschrieben() {
        ObjectMapper ereignisse = mapper(new Schluessel());
        assertThatThrownBy(() -> ereignisse.writeValueAsString(new Person("A", "B", LocalDate.of(1970, 1, 1), null)))
                .hasMessageContaining("außerhalb eines Ereignisses mit @DatenSubjekt");
    }

    private static ObjectMapper mapper(Schluessel schluessel) {
        ObjectMapper basis = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return basis.copy().registerModule(new VerschluesselungsModul(schluessel, basis.copy(), () -> true));
    }

    /** Keys in memory instead of the table; erasure by listing the subject. */
    private static final class Schluessel extends Schluesselverwaltung {
        final Map<UUID, SecretKey> schluessel = new HashMap<>();
        final Map<UUID, UUID> angelegt = new HashMap<>();
        final java.util.Set<UUID> geloescht = new java.util.HashSet<>();

        Schluessel() {
            super(null, null, null, null);
        }

        @Override
        public Optional<SecretKey> zumSchreiben(UUID subjekt, UUID fall) {
            angelegt.putIfAbsent(subjekt, fall);
            return geloescht.contains(subjekt) ? Optional.empty()
                    : Optional.of(schluessel.computeIfAbsent(subjekt, s -> Aesgcm.neuerSchluessel()));
        }

        @Override
        public Optional<SecretKey> zumLesen(UUID subjekt) {
            return geloescht.contains(subjekt) ? Optional.empty() : Optional.of(schluessel.get(subjekt));
        }
    }
}
