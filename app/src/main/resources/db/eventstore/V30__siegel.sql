-- Issue 13: the seal over the event store. A hash chain in global order: one link per global
-- index, an event (its content hash, and the chain hash over the previous link and that) or a gap
-- that stayed empty (an index drawn by a transaction that rolled back). The link names the event
-- by its ids only (event id, aggregate id and sequence), so a deleted or moved event can still be
-- named and its Fall found; it holds no personal data. See de.fallbuch.app.integritaet.
-- Text columns are TEXT without a width (the ids are as wide as the event table allows).
CREATE TABLE siegel_kette (
    global_index         BIGINT       PRIMARY KEY,
    art                  TEXT         NOT NULL CHECK (art IN ('EREIGNIS', 'LUECKE')),
    event_identifier     TEXT,
    aggregate_identifier TEXT,
    sequence_number      BIGINT,
    inhalt_hash          BYTEA        CHECK (inhalt_hash IS NULL OR length(inhalt_hash) = 32),
    ketten_hash          BYTEA        NOT NULL CHECK (length(ketten_hash) = 32),
    versiegelt_am        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((art = 'EREIGNIS') = (inhalt_hash IS NOT NULL AND event_identifier IS NOT NULL))
);

-- The chain's head at the end of each day (the office's time zone): the value the office deposits
-- outside the system (paper file, Rechnungsprüfungsamt). It covers every link up to global_index.
CREATE TABLE tagessiegel (
    tag           DATE        PRIMARY KEY,
    global_index  BIGINT      NOT NULL,
    ketten_hash   BYTEA       NOT NULL CHECK (length(ketten_hash) = 32),
    ereignisse    BIGINT      NOT NULL,
    erstellt_am   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tagessiegel_global_index ON tagessiegel (global_index);

-- Every verification of the chain (scheduled, by the Administration or the Rechtsprüfung): when,
-- by whom, the outcome and the first finding. Health shows the latest one.
CREATE TABLE integritaet_pruefung (
    id               BIGSERIAL   PRIMARY KEY,
    geprueft_am      TIMESTAMPTZ NOT NULL DEFAULT now(),
    benutzer         TEXT        NOT NULL,
    unversehrt       BOOLEAN     NOT NULL,
    ereignisse       BIGINT      NOT NULL,
    bis_global_index BIGINT      NOT NULL,
    dauer_ms         BIGINT      NOT NULL,
    befund_art       TEXT,
    befund_global_index BIGINT,
    befund_aktenzeichen TEXT,
    befund_meldung   TEXT
);

-- Like the event table, these are append-only: the database refuses to change or remove a link,
-- a Tagessiegel or a recorded verification, whoever asks.
CREATE FUNCTION siegel_unveraenderlich() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'Siegel sind unveränderlich: % auf % ist nicht erlaubt', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER siegel_kette_nur_anfuegen BEFORE UPDATE OR DELETE ON siegel_kette
    FOR EACH ROW EXECUTE FUNCTION siegel_unveraenderlich();
CREATE TRIGGER siegel_kette_nicht_leeren BEFORE TRUNCATE ON siegel_kette
    FOR EACH STATEMENT EXECUTE FUNCTION siegel_unveraenderlich();
CREATE TRIGGER tagessiegel_nur_anfuegen BEFORE UPDATE OR DELETE ON tagessiegel
    FOR EACH ROW EXECUTE FUNCTION siegel_unveraenderlich();
CREATE TRIGGER tagessiegel_nicht_leeren BEFORE TRUNCATE ON tagessiegel
    FOR EACH STATEMENT EXECUTE FUNCTION siegel_unveraenderlich();
CREATE TRIGGER integritaet_pruefung_nur_anfuegen BEFORE UPDATE OR DELETE ON integritaet_pruefung
    FOR EACH ROW EXECUTE FUNCTION siegel_unveraenderlich();
CREATE TRIGGER integritaet_pruefung_nicht_leeren BEFORE TRUNCATE ON integritaet_pruefung
    FOR EACH STATEMENT EXECUTE FUNCTION siegel_unveraenderlich();
