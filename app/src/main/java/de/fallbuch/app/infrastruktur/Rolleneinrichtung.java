package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.infrastruktur.EingebettetesPostgresZugang.DIENST;
import static de.fallbuch.app.infrastruktur.EingebettetesPostgresZugang.EIGENTUEMER;
import static de.fallbuch.app.infrastruktur.EingebettetesPostgresZugang.SUPERUSER;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The embedded database's roles, set up by its superuser at every start (idempotent):
 *
 * <ul>
 * <li>{@code fallbuch_eigentuemer} owns the database, its schemas and every table and runs the
 * migrations; no superuser, may create no roles or databases.</li>
 * <li>{@code fallbuch_dienst}, the service's connection pool, owns nothing: it gets exactly the
 * privileges the migrations grant (db/eventstore {@code R__rechte_dienst.sql}), so it can neither
 * disable a trigger nor change an event.</li>
 * <li>{@code fallbuch_reporting} (no login), the reporting schema's reader (db/query V12).</li>
 * </ul>
 *
 * Data directories of earlier versions, whose objects the superuser owns, are handed over to
 * {@code fallbuch_eigentuemer} here ({@code REASSIGN OWNED} refuses the bootstrap superuser).
 */
final class Rolleneinrichtung {

    private Rolleneinrichtung() {
    }

    static void einrichten(DataSource superuser, EingebettetesPostgresZugang zugang) {
        try (Connection verbindung = superuser.getConnection(); Statement befehl = verbindung.createStatement()) {
            befehl.execute("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_eigentuemer') THEN
                            CREATE ROLE fallbuch_eigentuemer;
                        END IF;
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_dienst') THEN
                            CREATE ROLE fallbuch_dienst;
                        END IF;
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_reporting') THEN
                            CREATE ROLE fallbuch_reporting NOLOGIN;
                        END IF;
                    END
                    $$""");
            // The passwords contain only [A-Za-z0-9_-] (EingebettetesPostgresZugang), safe in a literal.
            befehl.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + zugang.superuser() + "'");
            befehl.execute("ALTER ROLE " + EIGENTUEMER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + zugang.eigentuemer() + "'");
            befehl.execute("ALTER ROLE " + DIENST + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + zugang.dienst() + "'");
            // The database's owner owns the schema public (pg_database_owner, PostgreSQL 15+).
            befehl.execute("ALTER DATABASE postgres OWNER TO " + EIGENTUEMER);
            befehl.execute("""
                    DO $$
                    DECLARE
                        o record;
                    BEGIN
                        FOR o IN SELECT nspname FROM pg_namespace
                                 WHERE nspowner = 'postgres'::regrole AND nspname NOT LIKE 'pg\\_%'
                                   AND nspname NOT IN ('information_schema', 'public') LOOP
                            EXECUTE format('ALTER SCHEMA %I OWNER TO fallbuch_eigentuemer', o.nspname);
                        END LOOP;
                        -- tables first: their sequences, indexes and triggers follow them
                        FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                                 JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE c.relowner = 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                                   AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
                            EXECUTE format('ALTER %s %s OWNER TO fallbuch_eigentuemer',
                                    CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                                   WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.name);
                        END LOOP;
                        FOR o IN SELECT c.oid::regclass AS name FROM pg_class c
                                 JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE c.relowner = 'postgres'::regrole AND c.relkind = 'S'
                                   AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
                            EXECUTE format('ALTER SEQUENCE %s OWNER TO fallbuch_eigentuemer', o.name);
                        END LOOP;
                        FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                 JOIN pg_namespace n ON n.oid = p.pronamespace
                                 WHERE p.proowner = 'postgres'::regrole
                                   AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
                            EXECUTE format('ALTER ROUTINE %s OWNER TO fallbuch_eigentuemer', o.name);
                        END LOOP;
                    END
                    $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Die Rollen des eingebetteten PostgreSQL konnten nicht eingerichtet werden", e);
        }
    }
}
