-- A complete access log (issue 12, item 4): lists, the Arbeitskorb and the search record one row per
-- Fall they showed; a list that showed no Fall, or a list refused as a whole, records one row without
-- a Fall, so that the attempt itself is on record. The log holds no clear personal data: no names,
-- no search terms, only ids, user, role, time and what kind of read it was.
ALTER TABLE akteneinsicht ALTER COLUMN fall_id DROP NOT NULL;

-- The data protection officer queries by Fall (akteneinsicht_fall), by user and by period.
CREATE INDEX akteneinsicht_benutzer ON akteneinsicht (benutzer, zeitpunkt);
CREATE INDEX akteneinsicht_zeitpunkt ON akteneinsicht (zeitpunkt);
