-- Read model: the Verlauf (auditable timeline) of every Fall, one row per event, in plain German.
-- The event id is the key, so a redelivered event is not entered twice.
CREATE TABLE verlauf_eintrag (
    ereignis_id     VARCHAR(255) PRIMARY KEY,
    fall_id         UUID         NOT NULL,
    aggregat        VARCHAR(30)  NOT NULL,
    aggregat_id     UUID         NOT NULL,
    sequenz         BIGINT       NOT NULL,
    zeitpunkt       TIMESTAMPTZ  NOT NULL,
    benutzer        VARCHAR(100) NOT NULL,
    rolle           VARCHAR(40)  NOT NULL,
    ereignis        VARCHAR(100) NOT NULL,
    satz            TEXT         NOT NULL,
    rechtsgrundlage TEXT,
    begruendung     TEXT
);
CREATE INDEX verlauf_eintrag_fall ON verlauf_eintrag (fall_id, zeitpunkt, aggregat_id, sequenz);
