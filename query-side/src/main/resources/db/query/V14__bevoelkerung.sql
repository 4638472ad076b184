-- Reference data the office loads: inhabitants per year, Dienststelle (area) and age group,
-- the denominators of the densities per 1,000 inhabitants. Not built from events; a load
-- replaces the figures of the years it contains, in one transaction.
CREATE TABLE bevoelkerung (
    jahr         INTEGER      NOT NULL CHECK (jahr BETWEEN 1900 AND 2100),
    dienststelle VARCHAR(100) NOT NULL,
    altersgruppe VARCHAR(30)  NOT NULL,
    einwohner    INTEGER      NOT NULL CHECK (einwohner >= 0),
    PRIMARY KEY (jahr, dienststelle, altersgruppe)
);

-- Who loaded which figures when (the file's SHA-256, its rows, the years it replaced).
CREATE TABLE bevoelkerung_ladung (
    id          BIGSERIAL PRIMARY KEY,
    geladen_am  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    benutzer    VARCHAR(100) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    zeilen      INTEGER      NOT NULL,
    jahre       INTEGER[]    NOT NULL
);

CREATE VIEW reporting.bevoelkerung AS
SELECT jahr, dienststelle, altersgruppe, einwohner FROM public.bevoelkerung;
COMMENT ON VIEW reporting.bevoelkerung IS 'Einwohner je Jahr, Dienststelle (Gebiet) und Altersgruppe – Bezugsgröße der Dichten';
DO
$$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_reporting') THEN
        GRANT SELECT ON reporting.bevoelkerung TO fallbuch_reporting;
    END IF;
END
$$;
