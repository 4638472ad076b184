package de.fallbuch.query.hilfevereinbarung;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import org.springframework.stereotype.Component;

/** The content of a Fassung as the JSON document kept in {@code hilfevereinbarung_fassung.inhalt}. */
@Component
class InhaltJson {

    private final ObjectMapper json;

    InhaltJson(ObjectMapper json) {
        this.json = json;
    }

    String schreiben(Vereinbarungsinhalt inhalt) {
        try {
            return json.writeValueAsString(inhalt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Inhalt der Hilfevereinbarung nicht als JSON darstellbar", e);
        }
    }

    Vereinbarungsinhalt lesen(String text) {
        try {
            return json.readValue(text, Vereinbarungsinhalt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Inhalt der Hilfevereinbarung im Lesemodell nicht lesbar", e);
        }
    }
}
