package de.fallbuch.query.common;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reporting views carry no personal data and are all the reporting role can read. */
class ReportingSchemaTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;

    @Test
    void dieReportingRolleLiestDieSichtenOhnePersonendatenUndSonstNichts() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Reporting", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

        TestDatenbank.alsRolle(kontext, "fallbuch_reporting", jdbc -> {

            Map<String, Object> fall = jdbc.sql("SELECT * FROM reporting.faelle WHERE fall_id = :id::uuid")
                    .param("id", fallId).query().singleRow();
            assertThat(fall).containsEntry("dienststelle", "Innenstadt").containsEntry("status", "OFFEN")
                    .containsEntry("altersgruppe_bei_eroeffnung", "25 bis 49").containsEntry("ohne_festen_wohnsitz", false);
            assertThat(fall.keySet()).noneMatch(spalte -> List.of("vorname", "nachname", "geburtsdatum", "strasse", "plz", "ort",
                    "anliegen", "aktenzeichen").contains(spalte));
            assertThat(fall.values()).noneMatch(wert -> "Reporting".equals(wert));
            jdbc.sql("SELECT count(*) FROM reporting.verlauf_ereignisse").query(Long.class).single();
            jdbc.sql("SELECT count(*) FROM reporting.antraege").query(Long.class).single();
            jdbc.sql("SELECT count(*) FROM reporting.entscheidungen").query(Long.class).single();
            jdbc.sql("SELECT count(*) FROM reporting.bevoelkerung").query(Long.class).single();
        });

        TestDatenbank.alsRolle(kontext, "fallbuch_reporting", jdbc -> {
            assertThatThrownBy(() -> jdbc.sql("SELECT nachname FROM public.fall_uebersicht").query().listOfRows())
                    .rootCause().hasMessageContaining("permission denied");
        });
    }

    @Test
    void dieSpaltenDerReportingSichtenSindDokumentiert() {
        List<String> sichten = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'reporting' AND c.relkind = 'v' AND obj_description(c.oid, 'pg_class') IS NULL""")
                .query(String.class).list();
        assertThat(sichten).as("Sichten ohne Beschreibung").isEmpty();
    }
}
