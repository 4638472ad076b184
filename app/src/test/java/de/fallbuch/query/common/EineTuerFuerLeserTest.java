package de.fallbuch.query.common;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallLesen;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.assertj.core.groups.Tuple;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, item 1 (reads): the UI and the REST API send the same kernel query, so the query side
 * decides access and writes the access log once, from the reader the query carries: the same answer
 * and the same rows for both doors, granted and refused.
 */
class EineTuerFuerLeserTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueryGateway abfragen;

    @Test
    void seiteUndApiGebenDieselbeEntscheidungUndDieselbenProtokollzeilen() {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Zweituerxq", "Innenstadt");
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        mueller.warteAuf("/api/arbeitskorb", a -> a.text().contains(fallId));
        List<List<String>> paare = List.of(
                List.of("/faelle/" + fallId, "/api/faelle/" + fallId),
                List.of("/faelle/" + fallId + "/verlauf", "/api/faelle/" + fallId + "/verlauf"),
                List.of("/faelle/" + fallId + "/auskunft", "/api/faelle/" + fallId + "/auskunft"),
                List.of("/arbeitskorb", "/api/arbeitskorb"));
        for (String benutzer : List.of("fm.mueller", "fm.yilmaz", "rp.weber", "rev.koch")) {
            for (List<String> paar : paare) {
                Gelesen seite = lesen(benutzer, paar.get(0), fallId);
                Gelesen api = lesen(benutzer, paar.get(1), fallId);
                assertThat(seite.status()).as(benutzer + " " + paar).isEqualTo(api.status());
                assertThat(seite.zeilen()).as(benutzer + " " + paar).isEqualTo(api.zeilen());
                if (!(benutzer.equals("fm.yilmaz") && paar.get(1).equals("/api/arbeitskorb"))) {
                    // (Hiltrup's Arbeitskorb does not name this Fall: no row of it, as wanted)
                    assertThat(seite.zeilen()).as(benutzer + " " + paar).isNotEmpty();
                }
            }
        }
        // the decisions themselves, so the comparison above cannot pass on two equal refusals only
        assertThat(lesen("fm.mueller", "/faelle/" + fallId, fallId).status()).isEqualTo(200);
        assertThat(lesen("fm.yilmaz", "/faelle/" + fallId, fallId).status()).isEqualTo(403);
        assertThat(lesen("rp.weber", "/faelle/" + fallId + "/auskunft", fallId).status()).isEqualTo(403);
    }

    @Test
    void derLeserKommtAusDenMetadatenDerAbfrage() {
        Api mueller = als("fm.mueller");
        UUID fallId = UUID.fromString(fallEroeffnen(mueller, "Metadatenxq", "Innenstadt"));
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        String korrelation = "metadaten-" + UUID.randomUUID();
        // No logged-in user in this thread: only the query's metadata names the reader.
        FallAnsicht fall = abfragen.query(new GenericMessage<>(new FallLesen(fallId, null), MetaData.from(Map.of(
                        Metadaten.BENUTZER, "fm.mueller", Metadaten.ROLLE, "FALLMANAGER", Metadaten.DIENSTSTELLEN, List.of("Innenstadt")))),
                ResponseTypes.instanceOf(FallAnsicht.class)).join();
        assertThat(fall.person().nachname()).isEqualTo("Metadatenxq");
        assertThatThrownBy(() -> abfragen.query(new GenericMessage<>(new FallLesen(fallId, null), MetaData.from(Map.of(
                        Metadaten.BENUTZER, "fm.yilmaz", Metadaten.ROLLE, "FALLMANAGER", Metadaten.DIENSTSTELLEN, List.of("Hiltrup"),
                        Metadaten.KORRELATIONS_ID, korrelation))),
                ResponseTypes.instanceOf(FallAnsicht.class)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ZugriffVerweigert.class).hasMessageContaining("Dienststelle");
        assertThat(jdbc.sql("SELECT benutzer, gewaehrt, korrelations_id FROM akteneinsicht WHERE fall_id = :f AND benutzer = 'fm.yilmaz'")
                .param("f", fallId).query((rs, n) -> rs.getString(1) + ":" + rs.getBoolean(2) + ":" + rs.getString(3)).list())
                .containsExactly("fm.yilmaz:false:" + korrelation);
        assertThatThrownBy(() -> abfragen.query(new FallLesen(fallId, null), FallAnsicht.class).join())
                .cause().isInstanceOf(ZugriffVerweigert.class).hasMessageContaining("melden Sie sich an");
    }

    private record Gelesen(int status, List<Tuple> zeilen) {
    }

    /**
     * The status and the log rows of one read that concern this Fall or the read as a whole (a list
     * names other Fälle too, which other tests may add meanwhile). The Arbeitskorb page also shows
     * the grants waiting for approval (FREIGABEN), which the API's Arbeitskorb does not.
     */
    private Gelesen lesen(String benutzer, String pfad, String fallId) {
        String korrelation = "tuer-" + UUID.randomUUID();
        int status = als(benutzer).mitKopfzeile("X-Correlation-Id", korrelation).get(pfad).status();
        List<Tuple> zeilen = jdbc.sql("""
                        SELECT benutzer, rolle, fall_id, was, gewaehrt FROM akteneinsicht
                        WHERE korrelations_id = :k AND (fall_id IS NULL OR fall_id = CAST(:f AS uuid)) AND was <> 'FREIGABEN'
                        ORDER BY id""")
                .param("k", korrelation)
                .param("f", fallId)
                .query((rs, n) -> new Tuple(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getBoolean(5)))
                .list();
        return new Gelesen(status, zeilen);
    }
}
