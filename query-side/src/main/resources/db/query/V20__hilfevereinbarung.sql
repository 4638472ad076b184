-- Read model of the Hilfevereinbarungen. The main row carries the sequence number of the last
-- event applied (version); every handler first moves it forward with "version < :seq" and only
-- then touches the other tables, so a redelivered or replayed event changes nothing.
CREATE TABLE hilfevereinbarung (
    hilfevereinbarung_id       UUID PRIMARY KEY,
    fall_id                    UUID NOT NULL,
    dienststelle               VARCHAR(100) NOT NULL,
    status                     VARCHAR(20) NOT NULL,
    geltende_fassung           INTEGER,
    entwurfsfassung            INTEGER,
    entworfen_am               DATE NOT NULL,
    in_kraft_seit              DATE,
    naechste_ueberpruefung     DATE,
    einwilligung_widerrufen_am DATE,
    widerruf_erklaerung        TEXT,
    beendigungsgrund           VARCHAR(30),
    beendigung_bemerkung       TEXT,
    beendet_am                 DATE,
    version                    BIGINT NOT NULL,
    geaendert_am               TIMESTAMPTZ NOT NULL
);
CREATE INDEX hilfevereinbarung_fall ON hilfevereinbarung (fall_id);
CREATE INDEX hilfevereinbarung_faellige_ueberpruefung ON hilfevereinbarung (dienststelle, naechste_ueberpruefung)
    WHERE status = 'IN_KRAFT';

-- Every Fassung with its content as one JSON document (goals, measures, duties, services, review
-- date). Once both sides have signed, the content and the signatures are never written again:
-- the Fassung stays readable exactly as signed.
CREATE TABLE hilfevereinbarung_fassung (
    hilfevereinbarung_id           UUID NOT NULL REFERENCES hilfevereinbarung (hilfevereinbarung_id),
    fassung                        INTEGER NOT NULL,
    inhalt                         JSONB NOT NULL,
    anlass                         TEXT,
    stand_vom                      DATE NOT NULL,
    person_unterschrieben_am       DATE,
    fallmanager_unterschrieben_am  DATE,
    fallmanager_unterschrieben_von VARCHAR(100),
    in_kraft_am                    DATE,
    abgeloest_am                   DATE,
    PRIMARY KEY (hilfevereinbarung_id, fassung)
);

CREATE TABLE hilfevereinbarung_massnahme (
    hilfevereinbarung_id UUID NOT NULL REFERENCES hilfevereinbarung (hilfevereinbarung_id),
    massnahme_id         UUID NOT NULL,
    status               VARCHAR(20) NOT NULL,
    begonnen_am          DATE,
    abgeschlossen_am     DATE,
    abgebrochen_am       DATE,
    abbruchgrund         TEXT,
    PRIMARY KEY (hilfevereinbarung_id, massnahme_id)
);

CREATE TABLE hilfevereinbarung_ziel (
    hilfevereinbarung_id UUID NOT NULL REFERENCES hilfevereinbarung (hilfevereinbarung_id),
    ziel_id              UUID NOT NULL,
    status               VARCHAR(20) NOT NULL,
    festgestellt_am      DATE NOT NULL,
    vermerk              TEXT,
    PRIMARY KEY (hilfevereinbarung_id, ziel_id)
);

-- Reviews and breaches are keyed by the sequence number of their event: one row per event.
CREATE TABLE hilfevereinbarung_ueberpruefung (
    hilfevereinbarung_id UUID NOT NULL REFERENCES hilfevereinbarung (hilfevereinbarung_id),
    ereignis_nr          BIGINT NOT NULL,
    datum                DATE NOT NULL,
    ergebnis             TEXT NOT NULL,
    naechster_termin     DATE NOT NULL,
    erfasst_von          VARCHAR(100),
    PRIMARY KEY (hilfevereinbarung_id, ereignis_nr)
);

CREATE TABLE hilfevereinbarung_pflichtverletzung (
    hilfevereinbarung_id    UUID NOT NULL REFERENCES hilfevereinbarung (hilfevereinbarung_id),
    ereignis_nr             BIGINT NOT NULL,
    pflicht_id              UUID NOT NULL,
    datum                   DATE NOT NULL,
    sachverhalt             TEXT NOT NULL,
    stellungnahme           TEXT,
    stellungnahme_abgelehnt BOOLEAN NOT NULL,
    erfasst_von             VARCHAR(100),
    PRIMARY KEY (hilfevereinbarung_id, ereignis_nr)
);
