package de.fallbuch.app.dokumente;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only table {@code dokumentvorlage}: every template version a document was issued from, by hash.
 * Written in the act's transaction (if the act fails, so does the row, and nothing refers to it).
 */
@Component
class Vorlagenarchiv {

    private final JdbcClient jdbc;

    Vorlagenarchiv(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void sichern(Vorlagenfassung fassung) {
        jdbc.sql("""
                INSERT INTO dokumentvorlage (sha256, vorlage, quelle, amt, schrift_sha256)
                VALUES (:sha256, :vorlage, :quelle, :amt, :schrift)
                ON CONFLICT (sha256) DO NOTHING""")
                .param("sha256", fassung.sha256())
                .param("vorlage", fassung.vorlage())
                .param("quelle", fassung.quelle())
                .param("amt", fassung.amt())
                .param("schrift", fassung.schriftSha256())
                .update();
    }

    Optional<Vorlagenfassung> laden(String sha256) {
        return jdbc.sql("SELECT sha256, vorlage, quelle, amt, schrift_sha256 FROM dokumentvorlage WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((zeile, i) -> new Vorlagenfassung(zeile.getString("sha256"), zeile.getString("vorlage"),
                        zeile.getString("quelle"), zeile.getString("amt"), zeile.getString("schrift_sha256")))
                .optional();
    }
}
