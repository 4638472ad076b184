-- Issue 16: every template version a document was ever issued from, keyed by its SHA-256. A document's
-- event records that hash; a reprint renders from the version stored here, never from the template as it is
-- today, so a template (or the office's letterhead) changed later does not change an issued document.
-- Append-only like the event table: a version is never changed or removed. No personal data: the template,
-- the office's own details and the hash of the font.
CREATE TABLE dokumentvorlage (
    sha256          CHAR(64)    PRIMARY KEY,
    vorlage         TEXT        NOT NULL,
    quelle          TEXT        NOT NULL,
    amt             TEXT        NOT NULL,
    schrift_sha256  CHAR(64)    NOT NULL,
    erfasst_am      TIMESTAMPTZ NOT NULL DEFAULT now()
);

COMMENT ON TABLE dokumentvorlage IS 'Vorlagenfassungen der Dokumente (Bescheide, Schreiben), nach SHA-256; nur anfügen';

CREATE FUNCTION dokumentvorlage_unveraenderlich() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'Vorlagenfassungen sind unveränderlich: % auf % ist nicht erlaubt', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER dokumentvorlage_nur_anfuegen BEFORE UPDATE OR DELETE ON dokumentvorlage
    FOR EACH ROW EXECUTE FUNCTION dokumentvorlage_unveraenderlich();
CREATE TRIGGER dokumentvorlage_nicht_leeren BEFORE TRUNCATE ON dokumentvorlage
    FOR EACH STATEMENT EXECUTE FUNCTION dokumentvorlage_unveraenderlich();
