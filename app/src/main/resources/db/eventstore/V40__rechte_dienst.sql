-- Least privilege (issue 13, README "Datenbankrollen"). The migrations run as the owner of the
-- tables; the service runs as a role that owns nothing and holds only the privileges granted to
-- fallbuch_dienst. Owner-only powers (ALTER TABLE, DISABLE TRIGGER, DROP, GRANT) stay with the owner.
--
-- Which table gets what is decided in one place, rechte_vergeben() below, from one list:
-- every table in schema public gets SELECT, INSERT, UPDATE, DELETE, TRUNCATE (views are rebuilt,
-- tokens, sagas, dead letters and deadlines change), except the tables listed in rechte_dienst,
-- which get exactly the privileges named there (append-only tables: SELECT, INSERT). Each history
-- keeps its lines in its repeatable migration R__rechte_dienst.sql, which runs after its versioned
-- ones whenever it changes: a new append-only table is one line there.

-- The privilege role. Where the migrating user may not create roles, the database administrator
-- creates it (README) and grants it to the service's login; until then nothing is granted.
DO
$$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_dienst') THEN
        CREATE ROLE fallbuch_dienst NOLOGIN;
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'Rolle fallbuch_dienst nicht angelegt (fehlende Berechtigung): bitte durch die Datenbankadministration einrichten';
END
$$;

CREATE TABLE rechte_dienst (
    tabelle TEXT PRIMARY KEY,
    -- a GRANT privilege list, e.g. 'SELECT, INSERT' or 'SELECT, UPDATE (spalte)'; '' for none
    rechte  TEXT NOT NULL CHECK (rechte ~ '^[A-Za-z_, ()]*$'),
    -- the history whose R__rechte_dienst.sql keeps the line (eventstore, command, query)
    teil    TEXT NOT NULL,
    grund   TEXT NOT NULL
);

COMMENT ON TABLE rechte_dienst IS 'Tabellen, auf die die Rolle fallbuch_dienst nicht die üblichen Rechte (SELECT, INSERT, UPDATE, DELETE, TRUNCATE) hat, sondern genau die genannten';

-- Grants the runtime role its privileges on every table and sequence in schema public, from
-- scratch (REVOKE ALL first: a privilege granted by hand is gone after the next migration), and
-- sets the default privileges for tables the migrating user creates later.
CREATE FUNCTION rechte_vergeben() RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    t      record;
    erlaubt TEXT;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_dienst') THEN
        RAISE NOTICE 'Rolle fallbuch_dienst fehlt: keine Rechte vergeben';
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA public TO fallbuch_dienst;
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY c.relname LOOP
        EXECUTE format('REVOKE ALL ON TABLE public.%I FROM fallbuch_dienst', t.relname);
        SELECT r.rechte INTO erlaubt FROM rechte_dienst r WHERE r.tabelle = t.relname;
        IF t.relname LIKE 'flyway\_historie\_%' THEN
            erlaubt := '';
        ELSIF NOT FOUND THEN
            erlaubt := 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE';
        END IF;
        IF erlaubt <> '' THEN
            EXECUTE format('GRANT %s ON TABLE public.%I TO fallbuch_dienst', erlaubt, t.relname);
        END IF;
    END LOOP;
    -- nextval for the serial keys; setval (UPDATE) is not granted: no rewinding the global index
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM fallbuch_dienst;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO fallbuch_dienst;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO fallbuch_dienst;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO fallbuch_dienst;
END;
$$;

REVOKE ALL ON FUNCTION rechte_vergeben() FROM PUBLIC;

-- A destroyed key stays destroyed, and the record of who erased it when on which legal basis
-- stays as written (the runtime role may update the key table for erasure and rotation only).
CREATE FUNCTION schluessel_geloescht_bleibt() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'Ein gelöschter Schlüssel bleibt gelöscht: % auf datenschutz_schluessel % ist nicht erlaubt', TG_OP, OLD.subjekt_id
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER datenschutz_schluessel_geloescht_bleibt
    BEFORE UPDATE OR DELETE ON datenschutz_schluessel
    FOR EACH ROW WHEN (OLD.geloescht_am IS NOT NULL) EXECUTE FUNCTION schluessel_geloescht_bleibt();
