-- Kennzahlen: pseudonymised facts for the auditors' figures (issue 6). No names, no birth dates
-- (only the age group on the day the Antrag came in), no addresses, no free text, no user names.
-- Every date is a business date from the events, so figures for a past Stichtag can be rebuilt.

-- One Antrag: where, what, for whom (age group only), when received, its first decision that counted.
CREATE TABLE kennzahlen_antrag (
    antrag_id                UUID         PRIMARY KEY,
    fall_id                  UUID         NOT NULL,
    dienststelle             VARCHAR(100) NOT NULL,
    leistungsart             VARCHAR(60)  NOT NULL,
    -- age group on eingangsdatum; NULL if the birth date could not be read (e.g. erased)
    altersgruppe             VARCHAR(30),
    eingangsdatum            DATE         NOT NULL,
    -- the first decision that counted: a denial or Versagung on its date, a grant on its date or,
    -- when it needed approval, on the day it was approved (Vier-Augen-Prinzip)
    erste_entscheidung_am    DATE,
    erste_entscheidung_art   VARCHAR(20),
    zurueckgenommen_am       DATE,
    version                  BIGINT       NOT NULL
);
CREATE INDEX kennzahlen_antrag_dienststelle ON kennzahlen_antrag (dienststelle);

-- Every decision on an Antrag, never changed except for the day it became effective.
CREATE TABLE kennzahlen_entscheidung (
    entscheidung_id      UUID        PRIMARY KEY,
    antrag_id            UUID        NOT NULL REFERENCES kennzahlen_antrag (antrag_id),
    art                  VARCHAR(20) NOT NULL,
    entschieden_am       DATE        NOT NULL,
    -- from this day the decision counts; NULL while a grant waits for approval, or for ever if
    -- it was replaced before it was approved
    wirksam_am           DATE,
    betrag_monatlich_cent BIGINT,
    bewilligung_von      DATE,
    bewilligung_bis      DATE,
    -- the decision this one supersedes (Abhilfe); it stops counting when this one becomes effective
    ersetzt_id           UUID,
    -- for an Aufhebung (§48 SGB X): the grant revoked, and from which day
    aufgehobene_id       UUID,
    aufgehoben_ab        DATE,
    -- the day the notice was deemed delivered (§37 Abs. 2 SGB X)
    bekanntgabe_am       DATE
);
CREATE INDEX kennzahlen_entscheidung_antrag ON kennzahlen_entscheidung (antrag_id);

-- Every Widerspruch: when, whether on time, and how it ended.
CREATE TABLE kennzahlen_widerspruch (
    widerspruch_id  UUID        PRIMARY KEY,
    antrag_id       UUID        NOT NULL REFERENCES kennzahlen_antrag (antrag_id),
    eingegangen_am  DATE        NOT NULL,
    rechtzeitig     BOOLEAN     NOT NULL,
    ergebnis        VARCHAR(20),
    erledigt_am     DATE
);
CREATE INDEX kennzahlen_widerspruch_antrag ON kennzahlen_widerspruch (antrag_id);

-- Every Hilfevereinbarung: where, in force from when to when.
CREATE TABLE kennzahlen_vereinbarung (
    hilfevereinbarung_id UUID         PRIMARY KEY,
    fall_id              UUID         NOT NULL,
    dienststelle         VARCHAR(100) NOT NULL,
    in_kraft_ab          DATE,
    beendet_am           DATE,
    beendigungsgrund     VARCHAR(40),
    version              BIGINT       NOT NULL
);

-- Every goal found reached or missed, on its date.
CREATE TABLE kennzahlen_ziel (
    hilfevereinbarung_id UUID        NOT NULL REFERENCES kennzahlen_vereinbarung (hilfevereinbarung_id),
    ziel_id              UUID        NOT NULL,
    ergebnis             VARCHAR(20) NOT NULL,
    festgestellt_am      DATE        NOT NULL,
    PRIMARY KEY (hilfevereinbarung_id, ziel_id, ergebnis, festgestellt_am)
);

CREATE VIEW reporting.kennzahlen_antraege AS
SELECT antrag_id, fall_id, dienststelle, leistungsart, altersgruppe, eingangsdatum, erste_entscheidung_am,
       erste_entscheidung_art, zurueckgenommen_am
FROM public.kennzahlen_antrag;
COMMENT ON VIEW reporting.kennzahlen_antraege IS 'Ein Antrag je Zeile: Dienststelle, Leistungsart, Altersgruppe beim Eingang, Eingang, erste wirksame Entscheidung (Art, Tag), Rücknahme – ohne Namen, Geburtsdatum, Anschrift, Begründungen';

CREATE VIEW reporting.kennzahlen_entscheidungen AS
SELECT e.entscheidung_id, e.antrag_id, a.dienststelle, a.leistungsart, e.art, e.entschieden_am, e.wirksam_am,
       e.betrag_monatlich_cent, e.bewilligung_von, e.bewilligung_bis, e.ersetzt_id, e.aufgehobene_id, e.aufgehoben_ab,
       e.bekanntgabe_am
FROM public.kennzahlen_entscheidung e JOIN public.kennzahlen_antrag a ON a.antrag_id = e.antrag_id;
COMMENT ON VIEW reporting.kennzahlen_entscheidungen IS 'Jede Entscheidung: Art, Entscheidungs- und Wirksamkeitstag (nach Freigabe), Betrag, Bewilligungszeitraum, ersetzte bzw. aufgehobene Entscheidung, Aufhebung ab, Bekanntgabe – ohne Begründungen und Benutzernamen';

CREATE VIEW reporting.kennzahlen_widersprueche AS
SELECT w.widerspruch_id, w.antrag_id, a.dienststelle, a.leistungsart, w.eingegangen_am, w.rechtzeitig, w.ergebnis,
       w.erledigt_am
FROM public.kennzahlen_widerspruch w JOIN public.kennzahlen_antrag a ON a.antrag_id = w.antrag_id;
COMMENT ON VIEW reporting.kennzahlen_widersprueche IS 'Jeder Widerspruch: Eingang, rechtzeitig, Ergebnis (ABGEHOLFEN/ZURUECKGEWIESEN) und Tag der Erledigung – ohne Begründungen';

CREATE VIEW reporting.kennzahlen_hilfevereinbarungen AS
SELECT v.hilfevereinbarung_id, v.fall_id, v.dienststelle, v.in_kraft_ab, v.beendet_am, v.beendigungsgrund,
       (SELECT count(*) FROM public.kennzahlen_ziel z WHERE z.hilfevereinbarung_id = v.hilfevereinbarung_id AND z.ergebnis = 'ERREICHT') AS ziele_erreicht,
       (SELECT count(*) FROM public.kennzahlen_ziel z WHERE z.hilfevereinbarung_id = v.hilfevereinbarung_id AND z.ergebnis = 'VERFEHLT') AS ziele_verfehlt
FROM public.kennzahlen_vereinbarung v;
COMMENT ON VIEW reporting.kennzahlen_hilfevereinbarungen IS 'Jede Hilfevereinbarung: Dienststelle, in Kraft ab, beendet am (ab diesem Tag nicht mehr in Kraft), Grund, Zahl der erreichten und verfehlten Ziele – ohne Inhalte';

CREATE VIEW reporting.kennzahlen_ziele AS
SELECT z.hilfevereinbarung_id, v.dienststelle, z.ziel_id, z.ergebnis, z.festgestellt_am
FROM public.kennzahlen_ziel z JOIN public.kennzahlen_vereinbarung v ON v.hilfevereinbarung_id = z.hilfevereinbarung_id;
COMMENT ON VIEW reporting.kennzahlen_ziele IS 'Jedes als erreicht oder verfehlt festgestellte Ziel mit dem Tag der Feststellung – ohne Zieltexte';

DO
$$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_reporting') THEN
        GRANT SELECT ON reporting.kennzahlen_antraege, reporting.kennzahlen_entscheidungen, reporting.kennzahlen_widersprueche,
            reporting.kennzahlen_hilfevereinbarungen, reporting.kennzahlen_ziele TO fallbuch_reporting;
    END IF;
END
$$;
