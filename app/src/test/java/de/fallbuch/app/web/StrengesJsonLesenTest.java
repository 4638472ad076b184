package de.fallbuch.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reader of request bodies, without the service: what it refuses, and that the lenient original stays lenient. */
class StrengesJsonLesenTest {

    record Anfrage(Long version, LocalDate datum, List<String> liste) {
    }

    private final ObjectMapper nachsichtig = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper streng = StrengesJson.streng(nachsichtig);

    @Test
    void strengLiestNurGanzeZahlenReineDatenUndListenOhneNull() throws Exception {
        assertThat(streng.readValue("{\"version\": 3, \"datum\": \"2026-03-02\", \"liste\": [\"a\"]}", Anfrage.class))
                .isEqualTo(new Anfrage(3L, LocalDate.of(2026, 3, 2), List.of("a")));
        assertThatThrownBy(() -> streng.readValue("{\"version\": 1.5}", Anfrage.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> streng.readValue("{\"version\": \"1\"}", Anfrage.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
        assertThatThrownBy(() -> streng.readValue("{\"datum\": \"1971-04-12T00:00:00Z\"}", Anfrage.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> streng.readValue("{\"liste\": [null]}", Anfrage.class)).isInstanceOf(InvalidNullException.class);
        assertThatThrownBy(() -> streng.readValue("{\"version\": 99999999999999999999}", Anfrage.class))
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.exc.InputCoercionException.class);
    }

    @Test
    void dasOriginalBleibtNachsichtig() throws Exception {
        // Axon reads stored events with the application's mapper; making it strict could make old events unreadable.
        assertThat(nachsichtig.readValue("{\"version\": 1.5, \"liste\": [null]}", Anfrage.class).version()).isEqualTo(1L);
    }
}
