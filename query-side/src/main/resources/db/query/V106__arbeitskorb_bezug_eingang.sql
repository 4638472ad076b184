-- When an Antrag came in: a later Antrag for the same benefit in the same Fall is the renewal that
-- clears the reminder that the earlier grant's period ends. Deciding by the dates instead of by the
-- order in which the view happens to see the two Anträge gives live processing and a rebuild the same
-- answer (they run in parallel segments, by aggregate). Rows from before stay NULL until a rebuild.
ALTER TABLE arbeitskorb_bezug ADD COLUMN eingangsdatum DATE;
