-- Issue 11: an event an operator decided to skip (evict from the dead-letter queue) is gone from
-- its view for good, so the decision is kept: who, when, why, and which event of which view.
-- Like the event table it is append-only: nobody can quietly rewrite why an event was skipped.
CREATE TABLE dead_letter_uebersprungen (
    id               BIGSERIAL PRIMARY KEY,
    uebersprungen_am TIMESTAMPTZ NOT NULL DEFAULT now(),
    benutzer         TEXT        NOT NULL,
    grund            TEXT        NOT NULL,
    projektion       TEXT        NOT NULL,
    dead_letter_id   TEXT        NOT NULL,
    ereignis_id      TEXT        NOT NULL,
    ereignistyp      TEXT        NOT NULL,
    aggregat_id      TEXT,
    aggregat_sequenz BIGINT,
    aktenzeichen     TEXT,
    fehlerart        TEXT,
    fehlermeldung    TEXT,
    versuche         INTEGER     NOT NULL
);
CREATE INDEX dead_letter_uebersprungen_ereignis ON dead_letter_uebersprungen (ereignis_id);

CREATE FUNCTION uebersprungen_unveraenderlich() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'Übersprungene Ereignisse bleiben verzeichnet: % auf dead_letter_uebersprungen ist nicht erlaubt', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER dead_letter_uebersprungen_nur_anfuegen
    BEFORE UPDATE OR DELETE ON dead_letter_uebersprungen
    FOR EACH ROW EXECUTE FUNCTION uebersprungen_unveraenderlich();

CREATE TRIGGER dead_letter_uebersprungen_nicht_leeren
    BEFORE TRUNCATE ON dead_letter_uebersprungen
    FOR EACH STATEMENT EXECUTE FUNCTION uebersprungen_unveraenderlich();

-- A database error quotes the failing row, which may hold long texts: the cause of a dead letter
-- must never be too long to be recorded, or the view would stop instead of parking the event.
-- (The enqueue policy also truncates it; this keeps older Axon defaults from tripping over it.)
ALTER TABLE dead_letter_entry ALTER COLUMN cause_message TYPE TEXT;
