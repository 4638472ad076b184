package de.fallbuch.query.common;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.fallbuch.app.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every read of a case file by a person is recorded, refused attempts included. */
class AkteneinsichtTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void jedeEinsichtInEinenFallWirdMitWerWannWasUndErgebnisFestgehalten() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Einsicht", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        als("rp.weber").mitKopfzeile("X-Correlation-Id", "pruefung-17").get("/api/faelle/" + fallId + "/verlauf").erwarte(200);
        als("fm.yilmaz").get("/api/faelle/" + fallId).erwarte(403);
        als("rev.koch").get("/api/faelle/" + fallId).erwarte(403);

        List<Map<String, Object>> einsichten = jdbc.sql("""
                        SELECT benutzer, rolle, was, gewaehrt, korrelations_id FROM akteneinsicht
                        WHERE fall_id = :id::uuid AND benutzer <> 'fm.mueller' ORDER BY id""")
                .param("id", fallId).query().listOfRows();

        assertThat(einsichten)
                .extracting(e -> e.get("benutzer"), e -> e.get("rolle"), e -> e.get("was"), e -> e.get("gewaehrt"))
                .containsExactly(
                        tuple("rp.weber", "RECHTSPRUEFUNG", "VERLAUF", true),
                        tuple("fm.yilmaz", "FALLMANAGER", "FALL", false),
                        tuple("rev.koch", "REVISION", "FALL", false));
        assertThat(einsichten.get(0)).containsEntry("korrelations_id", "pruefung-17");
        assertThat(jdbc.sql("SELECT count(*) FROM akteneinsicht WHERE fall_id = :id::uuid AND benutzer = 'fm.mueller' AND gewaehrt")
                .param("id", fallId).query(Long.class).single()).isPositive();
    }
}
