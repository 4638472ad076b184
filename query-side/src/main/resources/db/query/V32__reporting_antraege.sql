-- Reporting views over the Antrag read models, without personal data: no names of the persons,
-- no free text (reasons, statements), no user ids of staff.
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

CREATE VIEW reporting.entscheidungen AS
SELECT e.entscheidung_id,
       e.antrag_id,
       e.art,
       e.betrag_monatlich_cent,
       e.bewilligung_von,
       e.bewilligung_bis,
       e.aufgehoben_ab,
       e.rechtsgrundlage,
       e.entschieden_am,
       e.freigabe_erforderlich,
       e.freigegeben_am,
       e.bekanntgabe_am,
       e.bestandskraeftig_am,
       e.ersetzt_entscheidung_id,
       e.ersetzt_durch IS NOT NULL    AS ersetzt,
       e.aufgehoben_durch IS NOT NULL AS aufgehoben
FROM public.antrag_entscheidung e;

COMMENT ON VIEW reporting.entscheidungen IS 'Jede Entscheidung über einen Antrag, auch ersetzte und aufgehobene – ohne Begründungen und Bearbeiterkennungen';

DO
$$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'fallbuch_reporting') THEN
        GRANT SELECT ON reporting.antraege, reporting.entscheidungen TO fallbuch_reporting;
    END IF;
END
$$;
