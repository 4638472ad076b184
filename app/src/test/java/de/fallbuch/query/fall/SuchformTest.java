package de.fallbuch.query.fall;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Personenbezogen;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search form of names, and its filling-in for Fälle projected before it existed (db/query V95). */
class SuchformTest extends IntegrationTest {

    @Autowired
    private Suchformnachtrag nachtrag;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void transliteriertUmlauteUndLaesstDiakritikaWeg() {
        assertThat(Suchform.suchname("Anna-Lena", "Müller-Weiß")).isEqualTo("anna lena mueller weiss");
        assertThat(Suchform.suchname("Çağrı", "Şahin")).isEqualTo("cagri sahin");
        assertThat(Suchform.suchname("Zoë", "Østergård Łukasz")).isEqualTo("zoe ostergard lukasz");
        assertThat(Suchform.suchname(Personenbezogen.GELOESCHT, Personenbezogen.GELOESCHT)).isNull();
        assertThat(Suchform.phonetik(Personenbezogen.GELOESCHT, Personenbezogen.GELOESCHT)).isNull();
        assertThat(Suchform.praefixe(Personenbezogen.GELOESCHT, Personenbezogen.GELOESCHT)).isNull();
        assertThat(Suchform.phonetik("Maier", "Meyer")).isEqualTo("67");
        assertThat(Suchform.praefixe("Jo", "Weiß")).isEqualTo("jo we wei weis weiss");
        assertThat(Suchform.phonetisch("mueller")).isEqualTo(Suchform.phonetisch("muller"));
    }

    @Test
    void fuelltDieSuchformAeltererFaelleNachAberNieEinerGeloeschten() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Nachtragsprobe", "Innenstadt");
        UUID id = UUID.fromString(fallId);
        Awaitility.await().until(() -> spalten(id) != null && spalten(id).get(0) != null);
        List<String> projiziert = spalten(id);
        assertThat(projiziert).containsExactly("anna nachtragsprobe", Suchform.praefixe("Anna", "Nachtragsprobe"),
                Suchform.phonetik("Anna", "Nachtragsprobe"));
        // as a row projected before V95 looks
        jdbc.sql("UPDATE fall_uebersicht SET suchname = NULL, suchpraefixe = NULL, suchphonetik = NULL WHERE fall_id = :id")
                .param("id", id).update();

        assertThat(nachtrag.nachtragen()).isGreaterThanOrEqualTo(1);
        assertThat(spalten(id)).isEqualTo(projiziert);
        // nothing left to do: a second run finds no row to fill (erased rows stay empty and are not counted)
        assertThat(nachtrag.nachtragen()).isZero();
    }

    private List<String> spalten(UUID id) {
        return jdbc.sql("SELECT suchname, suchpraefixe, suchphonetik FROM fall_uebersicht WHERE fall_id = :id").param("id", id)
                .query((rs, n) -> Arrays.asList(rs.getString("suchname"), rs.getString("suchpraefixe"), rs.getString("suchphonetik")))
                .optional().orElse(null);
    }
}
