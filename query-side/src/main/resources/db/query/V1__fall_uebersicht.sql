-- Read model: the Fälle with their current state, for lists and the Fall page.
-- Every row remembers the last event sequence number it has applied (version); handlers only
-- apply an event with a higher number, so a redelivered event changes nothing.
CREATE TABLE fall_uebersicht (
    fall_id                    UUID PRIMARY KEY,
    aktenzeichen               VARCHAR(20) NOT NULL,
    status                     VARCHAR(20) NOT NULL,
    dienststelle               VARCHAR(100) NOT NULL,
    fallmanager                VARCHAR(100) NOT NULL,
    vorname                    VARCHAR(200) NOT NULL,
    nachname                   VARCHAR(200) NOT NULL,
    geburtsdatum               DATE NOT NULL,
    strasse                    VARCHAR(200),
    plz                        VARCHAR(5),
    ort                        VARCHAR(200),
    anliegen                   TEXT NOT NULL,
    eroeffnet_am               DATE NOT NULL,
    erstberatung_am            DATE,
    anzahl_beratungsgespraeche INTEGER NOT NULL DEFAULT 0,
    erwerbsfaehigkeit          VARCHAR(30),
    abgeschlossen_am           DATE,
    abschlussgrund             VARCHAR(40),
    version                    BIGINT NOT NULL,
    geaendert_am               TIMESTAMPTZ NOT NULL
);
CREATE INDEX fall_uebersicht_dienststelle ON fall_uebersicht (dienststelle, status);
CREATE INDEX fall_uebersicht_fallmanager ON fall_uebersicht (fallmanager, status);
CREATE UNIQUE INDEX fall_uebersicht_aktenzeichen ON fall_uebersicht (aktenzeichen);

CREATE TABLE fall_wiedervorlage (
    wiedervorlage_id UUID PRIMARY KEY,
    fall_id          UUID NOT NULL REFERENCES fall_uebersicht (fall_id),
    faellig_am       DATE NOT NULL,
    anlass           TEXT NOT NULL,
    erledigt_am      DATE,
    entfallen        BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX fall_wiedervorlage_fall ON fall_wiedervorlage (fall_id);
