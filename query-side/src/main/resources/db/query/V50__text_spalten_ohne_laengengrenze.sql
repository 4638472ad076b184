-- Issue 11: a view must hold every value the command side accepts, today and in any stored event
-- (old events are never checked again, so they may exceed today's limits). Columns with text a
-- person typed or a user name become TEXT: PostgreSQL stores VARCHAR(n) and TEXT alike, only the
-- length check goes. Technical columns (enum names, Aktenzeichen, ids) keep their width; every
-- enum constant fits (SpaltenbreitenTest checks it).
--
-- ALTER COLUMN TYPE is refused for columns a view uses, so the reporting views over these tables
-- are dropped and created again unchanged (same columns, same comments, same grants).

DROP VIEW reporting.faelle;
DROP VIEW reporting.antraege;
DROP VIEW reporting.kennzahlen_antraege;
DROP VIEW reporting.kennzahlen_entscheidungen;
DROP VIEW reporting.kennzahlen_widersprueche;
DROP VIEW reporting.kennzahlen_hilfevereinbarungen;
DROP VIEW reporting.kennzahlen_ziele;
DROP VIEW reporting.bevoelkerung;

ALTER TABLE fall_uebersicht
    ALTER COLUMN dienststelle TYPE TEXT,
    ALTER COLUMN fallmanager TYPE TEXT,
    ALTER COLUMN vorname TYPE TEXT,
    ALTER COLUMN nachname TYPE TEXT,
    ALTER COLUMN strasse TYPE TEXT,
    ALTER COLUMN plz TYPE TEXT,
    ALTER COLUMN ort TYPE TEXT;

ALTER TABLE arbeitskorb_fall
    ALTER COLUMN dienststelle TYPE TEXT,
    ALTER COLUMN fallmanager TYPE TEXT,
    ALTER COLUMN vorname TYPE TEXT,
    ALTER COLUMN nachname TYPE TEXT;

ALTER TABLE hilfevereinbarung ALTER COLUMN dienststelle TYPE TEXT;
ALTER TABLE hilfevereinbarung_fassung ALTER COLUMN fallmanager_unterschrieben_von TYPE TEXT;
ALTER TABLE hilfevereinbarung_ueberpruefung ALTER COLUMN erfasst_von TYPE TEXT;
ALTER TABLE hilfevereinbarung_pflichtverletzung ALTER COLUMN erfasst_von TYPE TEXT;

ALTER TABLE antrag_uebersicht
    ALTER COLUMN entschieden_von TYPE TEXT,
    ALTER COLUMN freigegeben_von TYPE TEXT;
ALTER TABLE antrag_entscheidung
    ALTER COLUMN entschieden_von TYPE TEXT,
    ALTER COLUMN freigegeben_von TYPE TEXT;

ALTER TABLE kennzahlen_antrag ALTER COLUMN dienststelle TYPE TEXT;
ALTER TABLE kennzahlen_vereinbarung ALTER COLUMN dienststelle TYPE TEXT;

ALTER TABLE verlauf_eintrag ALTER COLUMN benutzer TYPE TEXT;
ALTER TABLE akteneinsicht ALTER COLUMN benutzer TYPE TEXT;

-- Reference data, but keyed by the same Dienststelle names as the Fälle.
ALTER TABLE bevoelkerung ALTER COLUMN dienststelle TYPE TEXT;
ALTER TABLE bevoelkerung_ladung ALTER COLUMN benutzer TYPE TEXT;

-- The views again, exactly as V12, V14, V32 and V40 defined them.
CREATE VIEW reporting.faelle AS
SELECT f.fall_id,
       f.dienststelle,
       f.status,
       f.eroeffnet_am,
       f.abgeschlossen_am,
       f.abschlussgrund,
       f.erwerbsfaehigkeit,
       f.anzahl_beratungsgespraeche,
       f.erstberatung_am IS NOT NULL               AS erstberatung_dokumentiert,
       reporting.altersgruppe(f.geburtsdatum, f.eroeffnet_am) AS altersgruppe_bei_eroeffnung,
       f.strasse IS NULL                           AS ohne_festen_wohnsitz
FROM public.fall_uebersicht f;
COMMENT ON VIEW reporting.faelle IS 'Ein Fall je Zeile: Dienststelle, Status, Daten des Verlaufs, Altersgruppe – ohne Namen, Geburtsdatum, Anschrift';

CREATE VIEW reporting.bevoelkerung AS
SELECT jahr, dienststelle, altersgruppe, einwohner FROM public.bevoelkerung;
COMMENT ON VIEW reporting.bevoelkerung IS 'Einwohner je Jahr, Dienststelle (Gebiet) und Altersgruppe – Bezugsgröße der Dichten';

CREATE VIEW reporting.antraege AS
SELECT a.antrag_id,
       a.fall_id,
       f.dienststelle,
       a.leistungsart,
       a.kanal,
       a.eingangsdatum,
       a.leistungsbeginn,
       a.status,
       a.entscheidungsart,
       a.entschieden_am,
       a.betrag_monatlich_cent,
       a.bewilligung_von,
       a.bewilligung_bis,
       a.aufgehoben_ab,
       a.freigabe_erforderlich,
       a.freigegeben_am,
       a.bekanntgabe_am,
       a.widerspruchsfrist_ende,
       a.bestandskraeftig_am,
       a.widerspruch_eingegangen_am,
       a.widerspruch_rechtzeitig,
       a.widerspruch_ergebnis,
       a.zurueckgenommen_am
FROM public.antrag_uebersicht a
         JOIN public.fall_uebersicht f ON f.fall_id = a.fall_id;
COMMENT ON VIEW reporting.antraege IS 'Ein Antrag je Zeile mit Stand, aktueller Entscheidung, Bescheid und Widerspruch – ohne Namen, Begründungen und Bearbeiterkennungen';

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
        GRANT SELECT ON reporting.faelle, reporting.bevoelkerung, reporting.antraege, reporting.kennzahlen_antraege,
            reporting.kennzahlen_entscheidungen, reporting.kennzahlen_widersprueche, reporting.kennzahlen_hilfevereinbarungen,
            reporting.kennzahlen_ziele TO fallbuch_reporting;
    END IF;
END
$$;
