package de.fallbuch.query;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: every UPDATE/DELETE/SELECT ... WHERE a projector runs per event finds its rows through an index,
 * so a replay does not get slower with every row it has written (the Arbeitskorb's
 * {@code UPDATE arbeitskorb_frist ... WHERE bezug_id = ?} scanned the whole table).
 *
 * <p>The views of the shared test service hold only a few rows, where PostgreSQL rightly prefers a
 * sequential scan. So the plans are taken with {@code enable_seqscan = off}: that does not forbid a
 * sequential scan, it only makes it cost 10^10 more, so the planner still picks one exactly when no index
 * can find the rows; "Seq Scan" in such a plan means "no index for this WHERE". The statements are the
 * projectors' own, with literals in place of their parameters (same types: uuid, varchar).
 */
class ProjektorIndexTest extends IntegrationTest {

    private static final String ID = "'00000000-0000-0000-0000-000000000001'::uuid";
    private static final String ID2 = "'00000000-0000-0000-0000-000000000002'::uuid";

    /** Each projector statement that runs per event and selects by something else than a whole table. */
    private static final List<String> PROJEKTOR_ANWEISUNGEN = List.of(
            // Arbeitskorb (ArbeitskorbProjektor, AntragArbeitskorb, HilfevereinbarungArbeitskorb, ArbeitskorbLoeschung)
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = " + ID,
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = " + ID + " AND art IN ('ANTRAG_BEARBEITEN', 'WIDERSPRUCH')",
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = " + ID + " AND art = 'UEBERPRUEFUNG'",
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE bezug_id = " + ID + " AND art = 'UEBERPRUEFUNG' AND frist_id <> 'x'",
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE fall_id = " + ID + " AND art = 'WIEDERVORLAGE'",
            "UPDATE arbeitskorb_frist SET erledigt = TRUE WHERE frist_id = 'x'",
            "UPDATE arbeitskorb_frist t SET erledigt = TRUE FROM arbeitskorb_bezug b WHERE t.bezug_id = b.bezug_id "
                    + "AND t.art = 'ENDE_BEWILLIGUNGSZEITRAUM' AND t.fall_id = " + ID + " AND b.leistungsart = 'X' AND b.bezug_id <> " + ID2,
            "SELECT fall_id FROM arbeitskorb_bezug WHERE bezug_id = " + ID,
            "UPDATE arbeitskorb_fall SET status = 'x', version = 2 WHERE fall_id = " + ID + " AND version < 2",
            "DELETE FROM arbeitskorb_frist WHERE fall_id = " + ID,
            "DELETE FROM arbeitskorb_fall WHERE fall_id = " + ID,
            "DELETE FROM arbeitskorb_bezug WHERE fall_id = " + ID,
            // Kennzahlen
            "SELECT antrag_id, eingangsdatum FROM kennzahlen_antrag WHERE fall_id = " + ID,
            "UPDATE kennzahlen_antrag SET version = 2 WHERE antrag_id = " + ID + " AND version < 2",
            "UPDATE kennzahlen_entscheidung SET bekanntgabe_am = current_date WHERE entscheidung_id = " + ID,
            "UPDATE kennzahlen_widerspruch SET ergebnis = 'x' WHERE widerspruch_id = " + ID + " AND ergebnis IS NULL",
            "UPDATE kennzahlen_vereinbarung SET version = 2 WHERE hilfevereinbarung_id = " + ID + " AND version < 2",
            // Anträge and their decisions
            "UPDATE antrag_uebersicht SET version = 2 WHERE antrag_id = " + ID + " AND version < 2",
            "UPDATE antrag_entscheidung SET bestandskraeftig_am = current_date WHERE entscheidung_id = " + ID,
            "DELETE FROM antrag_entscheidung WHERE antrag_id IN (" + ID + ", " + ID2 + ")",
            "DELETE FROM antrag_uebersicht WHERE antrag_id IN (" + ID + ", " + ID2 + ")",
            // Hilfevereinbarungen
            "UPDATE hilfevereinbarung SET version = 2 WHERE hilfevereinbarung_id = " + ID + " AND version < 2",
            "UPDATE hilfevereinbarung_fassung SET in_kraft_am = current_date WHERE hilfevereinbarung_id = " + ID + " AND fassung = 1",
            "DELETE FROM hilfevereinbarung_massnahme WHERE hilfevereinbarung_id IN (" + ID + ")",
            "DELETE FROM hilfevereinbarung_ziel WHERE hilfevereinbarung_id IN (" + ID + ")",
            // Fall view and Verlauf
            "UPDATE fall_wiedervorlage SET entfallen = TRUE WHERE fall_id = " + ID + " AND erledigt_am IS NULL",
            "DELETE FROM fall_wiedervorlage WHERE fall_id = " + ID,
            "UPDATE fall_uebersicht SET version = 2 WHERE fall_id = " + ID + " AND version < 2",
            "DELETE FROM verlauf_eintrag WHERE fall_id = " + ID + " AND ereignis <> 'PersonendatenGeloescht'",
            "SELECT fall_id FROM verlauf_zuordnung WHERE aggregat_id = " + ID);

    @Autowired
    ApplicationContext dienst;

    @Test
    void jedeAnweisungDerProjektorenFindetIhreZeilenUeberEinenIndex() {
        TestDatenbank.alsEigentuemer(dienst, (JdbcClient eigentuemer) -> {
            eigentuemer.sql("SET enable_seqscan = off").update();
            SoftAssertions alle = new SoftAssertions();
            for (String anweisung : PROJEKTOR_ANWEISUNGEN) {
                String plan = plan(eigentuemer, "EXPLAIN " + anweisung);
                alle.assertThat(plan).as("Plan von %s", anweisung).doesNotContain("Seq Scan").contains("Index Cond");
            }
            alle.assertAll();
            return null;
        });
    }

    /**
     * The figure behind the index (printed, not asserted: timings vary): the Arbeitskorb's UPDATE by bezug_id on a
     * temporary copy of arbeitskorb_frist with 200,000 rows, without and with the index of V100.
     */
    @Test
    void dieArbeitskorbFristNachBezugKostetMitIndexNichtMehrDieGanzeTabelle() {
        TestDatenbank.alsEigentuemer(dienst, (JdbcClient eigentuemer) -> {
            eigentuemer.sql("CREATE TEMP TABLE frist_messung (LIKE arbeitskorb_frist INCLUDING DEFAULTS)").update();
            try {
                eigentuemer.sql("""
                        INSERT INTO frist_messung (frist_id, fall_id, art, bezug_id, faellig_am, beschreibung)
                        SELECT 'f' || i, md5((i % 20000)::text)::uuid, 'ANTRAG_BEARBEITEN', md5('b' || (i % 50000))::uuid,
                               current_date + (i % 365), 'Frist ' || i
                        FROM generate_series(1, 200000) i""").update();
                eigentuemer.sql("ANALYZE frist_messung").update();
                String aenderung = "EXPLAIN ANALYZE UPDATE frist_messung SET erledigt = TRUE WHERE bezug_id = md5('b4711')::uuid";
                String ohne = plan(eigentuemer, aenderung);
                eigentuemer.sql("CREATE INDEX ON frist_messung (bezug_id, art)").update();
                eigentuemer.sql("ANALYZE frist_messung").update();
                String mit = plan(eigentuemer, aenderung);
                System.out.printf("PROJEKTOR-INDEX: UPDATE arbeitskorb_frist WHERE bezug_id bei 200.000 Zeilen: ohne Index %s ms (%s), "
                        + "mit Index %s ms (%s)%n", dauer(ohne), ersteZeile(ohne), dauer(mit), ersteZeile(mit));
                assertThat(ohne).contains("Seq Scan");
                assertThat(mit).doesNotContain("Seq Scan");
            } finally {
                eigentuemer.sql("DROP TABLE frist_messung").update();
            }
            return null;
        });
    }

    private static String plan(JdbcClient verbindung, String explain) {
        return String.join("\n", verbindung.sql(explain).query(String.class).list());
    }

    private static String dauer(String plan) {
        Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
        return m.find() ? m.group(1) : "?";
    }

    private static String ersteZeile(String plan) {
        return plan.lines().filter(z -> z.contains("Scan")).findFirst().orElse("").strip();
    }
}
