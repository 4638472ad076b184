package de.fallbuch.command.datenschutz;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.LoeschsperreAufgehoben;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import de.fallbuch.kernel.fall.Loeschvorschlag;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention rule (domain.md) and the register it is decided on ({@code aufbewahrung_fall}): the
 * personal data of a Fall may be erased from the day that is the latest of
 * <ul>
 * <li>the day it was closed plus {@code fallbuch.datenschutz.aufbewahrung-jahre} years (§ 84 SGB X; default six),</li>
 * <li>the day after its last Bewilligungszeitraum ended,</li>
 * <li>the day after the last deadline of its Anträge (Mitwirkung, Widerspruch, Anhörung) ended,</li>
 * </ul>
 * and not at all while it is open, under a legal hold, or already erased. Fed by a subscribing
 * processor in the events' transaction, like the other registers of the write model.
 */
@Component
@ProcessingGroup(Aufbewahrung.PROCESSING_GROUP)
public class Aufbewahrung {

    public static final String PROCESSING_GROUP = "aufbewahrung-register";

    private final JdbcClient jdbc;
    private final int jahre;

    Aufbewahrung(JdbcClient jdbc, @Value("${fallbuch.datenschutz.aufbewahrung-jahre:6}") int jahre) {
        if (jahre < 1) {
            throw new IllegalArgumentException("fallbuch.datenschutz.aufbewahrung-jahre muss mindestens 1 sein");
        }
        this.jdbc = jdbc;
        this.jahre = jahre;
    }

    private static final String LOESCHBAR_AB = """
            GREATEST((abgeschlossen_am + make_interval(years => :jahre))::date,
                     letzte_bewilligung_bis + 1, letzte_frist + 1)""";

    /** From which day the Fall's personal data may be erased; empty while it is open (or unknown). */
    public Optional<LocalDate> loeschbarAb(UUID fallId) {
        return jdbc.sql("SELECT " + LOESCHBAR_AB + " FROM aufbewahrung_fall WHERE fall_id = :id AND abgeschlossen_am IS NOT NULL")
                .param("jahre", jahre).param("id", fallId).query(LocalDate.class).optional();
    }

    /** The Anträge of the Fall (from the write model's register). */
    public Set<UUID> antraege(UUID fallId) {
        return Set.copyOf(jdbc.sql("SELECT antrag_id FROM antrag_register WHERE fall_id = :id").param("id", fallId).query(UUID.class).list());
    }

    /** The Hilfevereinbarungen of the Fall (from the write model's register). */
    public Set<UUID> hilfevereinbarungen(UUID fallId) {
        return Set.copyOf(jdbc.sql("SELECT hilfevereinbarung_id FROM hilfevereinbarung_register WHERE fall_id = :id")
                .param("id", fallId).query(UUID.class).list());
    }

    private static final String LOESCHBAR = "abgeschlossen_am IS NOT NULL AND NOT loeschsperre AND geloescht_am IS NULL AND "
            + LOESCHBAR_AB + " <= :heute ";

    /**
     * The daily job: marks the Fälle whose retention has ended since the last run as proposed for erasure.
     *
     * @return how many Fälle were newly proposed
     */
    public int vorschlaegeErmitteln(LocalDate heute) {
        return jdbc.sql("UPDATE aufbewahrung_fall SET vorgeschlagen_am = :heute WHERE vorgeschlagen_am IS NULL AND " + LOESCHBAR)
                .param("jahre", jahre).param("heute", heute).update();
    }

    /**
     * The Löschvorschläge of these Dienststellen (all if empty): Fälle the daily job found, which still may be erased
     * today (closed, retention ended, no hold, not erased).
     */
    public List<Loeschvorschlag> loeschvorschlaege(Collection<String> dienststellen, LocalDate heute) {
        return jdbc.sql("SELECT fall_id, aktenzeichen, dienststelle, abgeschlossen_am, letzte_bewilligung_bis, letzte_frist, "
                        + LOESCHBAR_AB + " AS loeschbar_ab FROM aufbewahrung_fall "
                        + "WHERE vorgeschlagen_am IS NOT NULL AND " + LOESCHBAR
                        + (dienststellen.isEmpty() ? "" : "AND dienststelle IN (:ds) ")
                        + "ORDER BY loeschbar_ab, aktenzeichen")
                .param("jahre", jahre).param("heute", heute)
                .params(dienststellen.isEmpty() ? java.util.Map.of() : java.util.Map.of("ds", dienststellen))
                .query(Aufbewahrung::vorschlag).list();
    }

    private static Loeschvorschlag vorschlag(ResultSet rs, int n) throws SQLException {
        return new Loeschvorschlag(rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"), rs.getString("dienststelle"),
                rs.getObject("abgeschlossen_am", LocalDate.class), rs.getObject("letzte_bewilligung_bis", LocalDate.class),
                rs.getObject("letzte_frist", LocalDate.class), rs.getObject("loeschbar_ab", LocalDate.class));
    }

    @EventHandler
    void on(FallEroeffnet e) {
        jdbc.sql("INSERT INTO aufbewahrung_fall (fall_id, aktenzeichen, dienststelle) VALUES (:id, :az, :ds) ON CONFLICT DO NOTHING")
                .param("id", e.fallId()).param("az", e.aktenzeichen()).param("ds", e.dienststelle()).update();
    }

    @EventHandler
    void on(FallAbgeschlossen e) {
        setzen(e.fallId(), "abgeschlossen_am = :wert", e.abgeschlossenAm());
    }

    @EventHandler
    void on(FallWiederaufgenommen e) {
        setzen(e.fallId(), "abgeschlossen_am = :wert, vorgeschlagen_am = NULL", null);
    }

    @EventHandler
    void on(LoeschsperreGesetzt e) {
        setzen(e.fallId(), "loeschsperre = :wert", true);
    }

    @EventHandler
    void on(LoeschsperreAufgehoben e) {
        setzen(e.fallId(), "loeschsperre = :wert", false);
    }

    @EventHandler
    void on(PersonendatenGeloescht e) {
        setzen(e.fallId(), "geloescht_am = :wert", e.geloeschtAm());
    }

    @EventHandler
    void on(AntragBewilligt e) {
        // A revocation (§ 48 SGB X) ends a grant earlier; keeping the planned end errs on the side of retention.
        zumAntrag(e.antragId(), "letzte_bewilligung_bis", e.bewilligungBis());
    }

    @EventHandler
    void on(UnterlagenAngefordert e) {
        zumAntrag(e.antragId(), "letzte_frist", e.frist());
    }

    @EventHandler
    void on(BescheidBekanntgegeben e) {
        zumAntrag(e.antragId(), "letzte_frist", e.widerspruchsfristEnde());
    }

    @EventHandler
    void on(AnhoerungEingeleitet e) {
        zumAntrag(e.antragId(), "letzte_frist", e.frist());
    }

    private void setzen(UUID fallId, String zuweisung, Object wert) {
        jdbc.sql("UPDATE aufbewahrung_fall SET " + zuweisung + " WHERE fall_id = :id").param("wert", wert).param("id", fallId).update();
    }

    /** Moves a date of the Antrag's Fall later, never earlier. */
    private void zumAntrag(UUID antragId, String spalte, LocalDate datum) {
        if (datum == null) {
            return;
        }
        jdbc.sql("UPDATE aufbewahrung_fall SET " + spalte + " = GREATEST(" + spalte + ", :datum) "
                        + "WHERE fall_id = (SELECT fall_id FROM antrag_register WHERE antrag_id = :antrag)")
                .param("datum", datum).param("antrag", antragId).update();
    }
}
