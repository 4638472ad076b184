-- Reporting schema: stable SQL views over the read model for reporting tools, without personal
-- data (no names, birth dates, addresses, free text). Column names here are a contract: change
-- them only with a new view. Readable by the role fallbuch_reporting, which can read nothing else.
CREATE SCHEMA reporting;

COMMENT ON SCHEMA reporting IS 'Fallbuch: stabile Auswertungssichten ohne personenbezogene Daten';

-- Age group of the person when the Fall was opened (the only trace of the birth date).
CREATE FUNCTION reporting.altersgruppe(geburtsdatum DATE, stichtag DATE) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE
           WHEN age(stichtag, geburtsdatum) < INTERVAL '18 years' THEN 'unter 18'
           WHEN age(stichtag, geburtsdatum) < INTERVAL '25 years' THEN '18 bis 24'
           WHEN age(stichtag, geburtsdatum) < INTERVAL '50 years' THEN '25 bis 49'
           WHEN age(stichtag, geburtsdatum) < INTERVAL '65 years' THEN '50 bis 64'
           ELSE '65 und älter'
       END
$$;

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

CREATE VIEW reporting.verlauf_ereignisse AS
SELECT v.fall_id,
       v.aggregat,
       v.aggregat_id,
       v.ereignis,
       v.zeitpunkt,
       v.rolle
FROM public.verlauf_eintrag v;

COMMENT ON VIEW reporting.verlauf_ereignisse IS 'Was wann in welcher Rolle geschah – ohne Sätze, Begründungen und Benutzernamen';

-- The read-only role. Creating roles needs CREATEROLE; where the migrating user lacks it, the
-- database administrator creates the role and grants (see README) and the migration goes on.
DO
$$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_reporting') THEN
        CREATE ROLE fallbuch_reporting NOLOGIN;
    END IF;
    GRANT USAGE ON SCHEMA reporting TO fallbuch_reporting;
    GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO fallbuch_reporting;
    GRANT EXECUTE ON FUNCTION reporting.altersgruppe(DATE, DATE) TO fallbuch_reporting;
    ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO fallbuch_reporting;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'Rolle fallbuch_reporting nicht angelegt (fehlende Berechtigung): bitte durch die Datenbankadministration einrichten';
END
$$;
