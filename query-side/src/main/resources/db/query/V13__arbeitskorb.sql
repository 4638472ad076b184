-- Read model: the Arbeitskorb (caseload). Its own copy of the Fälle (who is responsible, whether
-- open) and every date due with what it is about; a date is marked erledigt when the act that
-- meets it is recorded.
CREATE TABLE arbeitskorb_fall (
    fall_id      UUID PRIMARY KEY,
    aktenzeichen VARCHAR(20)  NOT NULL,
    dienststelle VARCHAR(100) NOT NULL,
    fallmanager  VARCHAR(100) NOT NULL,
    vorname      VARCHAR(200) NOT NULL,
    nachname     VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    eroeffnet_am DATE         NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX arbeitskorb_fall_zustaendig ON arbeitskorb_fall (dienststelle, fallmanager) WHERE status = 'OFFEN';

CREATE TABLE arbeitskorb_frist (
    frist_id     VARCHAR(100) PRIMARY KEY,
    fall_id      UUID         NOT NULL,
    art          VARCHAR(40)  NOT NULL,
    bezug_id     UUID         NOT NULL,
    faellig_am   DATE         NOT NULL,
    beschreibung TEXT         NOT NULL,
    erledigt     BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX arbeitskorb_frist_offen ON arbeitskorb_frist (fall_id, faellig_am) WHERE NOT erledigt;
