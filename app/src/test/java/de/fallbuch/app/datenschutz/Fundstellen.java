package de.fallbuch.app.datenschutz;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search of the erasure tests: where in the whole database traces of a person are still found. */
final class Fundstellen {

    private Fundstellen() {
    }

    /**
     * Every column of every table of the service's database that can hold text (text, varchar, char, json,
     * jsonb, arrays, bytea searched bytewise for the UTF-8 of the trace) in which one of the traces occurs:
     * {@code schema.table.column (trace)}. As the superuser: the service's own role cannot see every table
     * (e.g. the Flyway histories); on one connection, because each login costs a SCRAM handshake.
     */
    static List<String> von(ApplicationContext dienst, List<String> spuren) {
        return TestDatenbank.alsSuperuser(dienst, jdbc -> suchen(jdbc, spuren));
    }

    private static List<String> suchen(JdbcClient jdbc, List<String> spuren) {
        List<Map<String, Object>> spalten = jdbc.sql("""
                        SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                        FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                          AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
                        ORDER BY 1, 2, 3""").query().listOfRows();
        assertThat(spalten).extracting(s -> s.get("table_name")).contains("domain_event_entry", "dead_letter_entry",
                "token_entry", "scheduled_tasks", "akteneinsicht", "verlauf_eintrag", "datenschutz_schluessel",
                "flyway_historie_eventstore", "rechte_dienst");
        List<String> funde = new ArrayList<>();
        for (Map<String, Object> s : spalten) {
            String spalte = "\"" + s.get("column_name") + "\"";
            // bytes are searched for the UTF-8 bytes of the trace, wherever they stand
            String bedingung = "bytea".equals(s.get("data_type"))
                    ? "position(convert_to(:spur, 'UTF8') IN " + spalte + ") > 0"
                    : spalte + "::text LIKE '%' || :spur || '%'";
            for (String spur : spuren) {
                Long anzahl = jdbc.sql("SELECT count(*) FROM \"" + s.get("table_schema") + "\".\"" + s.get("table_name") + "\" WHERE "
                        + bedingung).param("spur", spur).query(Long.class).single();
                if (anzahl > 0) {
                    funde.add(s.get("table_schema") + "." + s.get("table_name") + "." + s.get("column_name") + " (" + spur + ")");
                }
            }
        }
        return funde;
    }
}
