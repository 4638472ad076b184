-- An Antrag's Leistungsart, so that a new Antrag for the same benefit (renewal) clears the
-- reminder that the previous Bewilligungszeitraum ends.
ALTER TABLE arbeitskorb_bezug ADD COLUMN leistungsart VARCHAR(60);
