package de.fallbuch.app.dokumente;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Where today's template of a document comes from: the office's directory ({@code fallbuch.dokumente.vorlagen}),
 * else the built-in one ({@code classpath:dokumente/<name>.html}). Read anew for every document, so a changed
 * template applies to the next document without a restart.
 */
@Component
class Vorlagen {

    private final Dokumenteinstellungen einstellungen;

    Vorlagen(Dokumenteinstellungen einstellungen) {
        this.einstellungen = einstellungen;
    }

    String quelle(String vorlage) {
        if (einstellungen.vorlagen() != null) {
            Path datei = einstellungen.vorlagen().resolve(vorlage + ".html");
            if (Files.isRegularFile(datei)) {
                try {
                    return Files.readString(datei, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("Vorlage " + datei + " ist nicht lesbar", e);
                }
            }
        }
        try (InputStream ein = Vorlagen.class.getResourceAsStream("/dokumente/" + vorlage + ".html")) {
            if (ein == null) {
                throw new IllegalStateException("Keine Vorlage „" + vorlage + "“ eingebaut");
            }
            return new String(ein.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
