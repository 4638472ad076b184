package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, least privilege: the service's own database user (the runtime role behind its
 * connection pool) cannot rewrite the ledger, whatever SQL it sends. It may append to the
 * append-only tables and read them, nothing more; it owns nothing, so it cannot disable the
 * triggers either. The embedded database takes passwords only, syncs to disk and keeps its files
 * to the service's OS user.
 */
class DatenbankrechteTest extends IntegrationTest {

    /** The append-only tables. A new one (e.g. the seal's tables) is one line here and one in its R__rechte_dienst.sql. */
    static final List<String> NUR_ANFUEGEN = List.of(
            "domain_event_entry",
            "dead_letter_uebersprungen",
            "akteneinsicht",
            "siegel_kette",
            "tagessiegel",
            "integritaet_pruefung",
            "dokumentvorlage");

    /** PostgreSQL's "insufficient_privilege", raised before a statement touches a row. */
    private static final String KEIN_RECHT = "42501";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;
    @Autowired
    private Rechtepruefung rechtepruefung;
    @Value("${fallbuch.data-dir}")
    private Path datenVerzeichnis;

    @Test
    void derDienstDarfNurAnfuegenUndLesenNieAendernLoeschenLeerenOderTriggerAbschalten() {
        String fallId = fallEroeffnen(als("fm.mueller"), "Rechte", "Innenstadt");
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

        for (String tabelle : NUR_ANFUEGEN) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + tabelle).query(Long.class).single()).as("lesen: " + tabelle).isNotNull();
            verweigert("UPDATE " + tabelle + " SET " + ersteSpalte(tabelle) + " = " + ersteSpalte(tabelle));
            verweigert("DELETE FROM " + tabelle);
            verweigert("TRUNCATE " + tabelle);
            verweigert("ALTER TABLE " + tabelle + " DISABLE TRIGGER ALL");
            verweigert("ALTER TABLE " + tabelle + " OWNER TO current_user");
            verweigert("DROP TABLE " + tabelle);
        }
        verweigert("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_nur_anfuegen");
        verweigert("UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = '" + fallId + "'");
        verweigert("DELETE FROM akteneinsicht WHERE fall_id = '" + fallId + "'");
        // the global index cannot be rewound to slip an event in between
        verweigert("SELECT setval('domain_event_entry_global_index_seq', 1)");
        // nor can the role make itself more powerful
        verweigert("ALTER ROLE current_user SUPERUSER");
        verweigert("SET ROLE fallbuch_eigentuemer");
        verweigert("CREATE TABLE fremd (x int)");
        verweigert("DELETE FROM flyway_historie_eventstore");
        verweigert("UPDATE rechte_dienst SET rechte = 'SELECT, INSERT, UPDATE'");

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", fallId).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void schluesselDuerfenNurVernichtetOderNeuVerpacktWerdenNichtEntferntOderUmgehaengt() {
        fallEroeffnen(als("fm.mueller"), "Schluesselrechte", "Innenstadt");

        verweigert("DELETE FROM datenschutz_schluessel");
        verweigert("TRUNCATE datenschutz_schluessel");
        verweigert("UPDATE datenschutz_schluessel SET fall_id = subjekt_id");
        verweigert("UPDATE datenschutz_schluessel SET erstellt_am = now()");
        assertThat(jdbc.sql("""
                        SELECT bool_and(has_column_privilege('datenschutz_schluessel', spalte, 'UPDATE'))
                        FROM unnest(ARRAY['schluessel', 'hauptschluessel_id', 'geloescht_am', 'geloescht_von', 'rechtsgrundlage']) spalte""")
                .query(Boolean.class).single()).as("was Löschung und Schlüsselwechsel brauchen").isTrue();
        // an erased key stays erased, and so does the record of the erasure (trigger, for the owner too)
        UUID geloescht = UUID.randomUUID();
        TestDatenbank.alsEigentuemer(kontext).sql("""
                        INSERT INTO datenschutz_schluessel (subjekt_id, fall_id, geloescht_am, geloescht_von, rechtsgrundlage)
                        VALUES (:id, :id, now(), 'sgl.schmidt', '§ 84 SGB X')""").param("id", geloescht).update();
        for (String aenderung : List.of("geloescht_von = 'jemand'", "geloescht_am = NULL, schluessel = '\\x00'",
                "rechtsgrundlage = 'keine'")) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE datenschutz_schluessel SET " + aenderung + " WHERE subjekt_id = :id")
                    .param("id", geloescht).update()).as(aenderung)
                    .rootCause().hasMessageContaining("Ein gelöschter Schlüssel bleibt gelöscht");
        }
        assertThatThrownBy(() -> TestDatenbank.alsEigentuemer(kontext).sql("DELETE FROM datenschutz_schluessel WHERE subjekt_id = :id")
                .param("id", geloescht).update()).rootCause().hasMessageContaining("Ein gelöschter Schlüssel bleibt gelöscht");
        // snapshots: Axon replaces them (insert, delete older), never edits them
        verweigert("UPDATE snapshot_event_entry SET payload = payload");
        verweigert("TRUNCATE snapshot_event_entry");
    }

    @Test
    void derDienstBesitztNichtsUndIstKeinSuperuser() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("fallbuch_dienst");
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE pg_has_role(current_user, relowner, 'USAGE')")
                .query(Long.class).single()).as("Tabellen, Sichten, Sequenzen des Dienstes").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_proc WHERE pg_has_role(current_user, proowner, 'USAGE')")
                .query(Long.class).single()).isZero();
        assertThat(rechtepruefung.maengel()).isEmpty();
        // every table is the owner's
        assertThat(TestDatenbank.alsSuperuser(kontext).sql("""
                        SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname IN ('public', 'reporting') AND c.relkind IN ('r', 'v', 'S')""")
                .query(String.class).list()).containsExactly("fallbuch_eigentuemer");
    }

    /**
     * A table the append-only convention protects with a TRUNCATE trigger (event store, skipped
     * dead letters, and whatever comes next, e.g. the seal) must not be changeable by the service:
     * a table added without its line in R__rechte_dienst.sql fails here.
     */
    @Test
    void jedeTabelleMitNurAnfuegenTriggerIstFuerDenDienstNurAnfuegbar() {
        List<String> mitTrigger = jdbc.sql("""
                        SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND NOT t.tgisinternal AND (t.tgtype & 32) <> 0 ORDER BY 1""")
                .query(String.class).list();
        assertThat(mitTrigger).contains("domain_event_entry", "dead_letter_uebersprungen");
        List<String> aenderbar = new ArrayList<>();
        for (String tabelle : mitTrigger) {
            boolean darf = jdbc.sql("""
                            SELECT has_table_privilege(:t, 'UPDATE') OR has_table_privilege(:t, 'DELETE')
                                OR has_table_privilege(:t, 'TRUNCATE')""")
                    .param("t", "public." + tabelle).query(Boolean.class).single();
            if (darf) {
                aenderbar.add(tabelle);
            }
        }
        assertThat(aenderbar).as("Nur-anfügen-Tabellen, die der Dienst ändern darf").isEmpty();
        assertThat(NUR_ANFUEGEN).containsAll(mitTrigger);
    }

    @Test
    void dasEingebetteteDatenbanksystemVerlangtPasswoerterSchreibtSicherUndGehoertNurDemDienst() throws Exception {
        Path postgres = datenVerzeichnis.resolve("postgres");
        List<String> regeln = Files.readAllLines(postgres.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(zeile -> zeile.replaceFirst("#.*", "").trim()).filter(zeile -> !zeile.isEmpty()).toList();
        assertThat(regeln).isNotEmpty().allMatch(zeile -> zeile.endsWith("scram-sha-256"), "nur SCRAM")
                .noneMatch(zeile -> zeile.contains("trust"));
        assertThat(TestDatenbank.alsSuperuser(kontext).sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")
                .query(Long.class).single()).as("geladene Regeln ohne Passwort").isZero();

        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(postgres))).isEqualTo("rwx------");
        Path zugang = EingebettetesPostgresZugang.datei(datenVerzeichnis);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zugang))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zugang.getParent()))).isEqualTo("rwx------");
        assertThat(zugang.resolveSibling("initdb-passwort")).doesNotExist();

        EingebettetesPostgres eingebettet = kontext.getBean(EingebettetesPostgres.class);
        for (String rolle : List.of("postgres", "fallbuch_eigentuemer", "fallbuch_dienst")) {
            PGSimpleDataSource ohnePasswort = new PGSimpleDataSource();
            ohnePasswort.setURL(eingebettet.jdbcUrl());
            ohnePasswort.setUser(rolle);
            assertThatThrownBy(ohnePasswort::getConnection).as(rolle).isInstanceOf(SQLException.class);
            ohnePasswort.setPassword("falsch");
            assertThatThrownBy(ohnePasswort::getConnection).as(rolle).hasMessageContaining("password authentication failed");
        }
    }

    private void verweigert(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                .rootCause().isInstanceOf(SQLException.class)
                .satisfies(fehler -> assertThat(((SQLException) fehler).getSQLState()).as(sql + ": " + fehler.getMessage())
                        .isEqualTo(KEIN_RECHT));
    }

    private String ersteSpalte(String tabelle) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :t ORDER BY ordinal_position LIMIT 1")
                .param("t", tabelle).query(String.class).single();
    }
}
