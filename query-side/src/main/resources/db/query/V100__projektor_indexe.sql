-- Indexes for the projectors' own UPDATE/DELETE/SELECT ... WHERE (issue 18): without them each of these
-- statements scanned its whole table, so a replay got slower with every row it had already written
-- (the Arbeitskorb's UPDATE arbeitskorb_frist ... WHERE bezug_id = ? took 8-11 ms at 20,000 Fälle).
-- ProjektorIndexTest runs EXPLAIN on every such statement.

-- AntragArbeitskorb, HilfevereinbarungArbeitskorb: WHERE bezug_id = ? [AND art = ?]
CREATE INDEX arbeitskorb_frist_bezug ON arbeitskorb_frist (bezug_id, art);
-- ArbeitskorbProjektor, AntragArbeitskorb: WHERE fall_id = ? AND art = ? (also done ones, which the partial
-- index arbeitskorb_frist_offen leaves out); ArbeitskorbLoeschung: DELETE ... WHERE fall_id = ?
CREATE INDEX arbeitskorb_frist_fall_art ON arbeitskorb_frist (fall_id, art);
-- ArbeitskorbLoeschung: DELETE FROM arbeitskorb_bezug WHERE fall_id = ?
CREATE INDEX arbeitskorb_bezug_fall ON arbeitskorb_bezug (fall_id);
-- KennzahlenProjektor (a Fall's age group): SELECT ... FROM kennzahlen_antrag WHERE fall_id = ?
CREATE INDEX kennzahlen_antrag_fall ON kennzahlen_antrag (fall_id);
