package de.fallbuch.command.antrag;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.command.fall.OffeneAntraege;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write model's own register of Anträge: to which Fall each belongs (and so who may act on
 * it), whether it is still undecided, and who decided a grant that waits for approval. Fed by a
 * subscribing processor in the same transaction as the events, so it is never behind the event
 * store and the Fall can rely on it before it is closed.
 */
@Component
@ProcessingGroup(AntragRegister.PROCESSING_GROUP)
public class AntragRegister implements OffeneAntraege {

    public static final String PROCESSING_GROUP = "antrag-register";

    private final JdbcClient jdbc;
    private final FallRegister faelle;

    AntragRegister(JdbcClient jdbc, FallRegister faelle) {
        this.jdbc = jdbc;
        this.faelle = faelle;
    }

    /**
     * An Antrag as the write model knows it. {@code freigabeAusstehendVon} is the person whose grant
     * waits for approval, or {@code null}.
     */
    public record Eintrag(UUID antragId, UUID fallId, String dienststelle, boolean unentschieden, String freigabeAusstehendVon) {
    }

    public Optional<Eintrag> finde(UUID antragId) {
        return jdbc.sql("""
                        SELECT a.antrag_id, a.fall_id, f.dienststelle, a.unentschieden, a.freigabe_ausstehend_von
                        FROM antrag_register a JOIN fall_register f ON f.fall_id = a.fall_id
                        WHERE a.antrag_id = :id""")
                .param("id", antragId)
                .query((rs, n) -> new Eintrag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5)))
                .optional();
    }

    @Override
    public int unentschiedeneAntraege(UUID fallId) {
        // Lock the Fall first: an Antrag being added concurrently either committed before (and is
        // counted) or waits and then finds the Fall closed.
        faelle.findeGesperrt(fallId);
        return jdbc.sql("SELECT count(*) FROM antrag_register WHERE fall_id = :fall AND unentschieden")
                .param("fall", fallId)
                .query(Integer.class)
                .single();
    }

    @Override
    public Optional<LocalDate> laufendeBewilligungBis(UUID fallId, LocalDate tag) {
        return jdbc.sql("""
                        SELECT bewilligt_bis FROM antrag_register WHERE fall_id = :fall AND bewilligt_bis >= :tag
                        ORDER BY bewilligt_bis DESC LIMIT 1""")
                .param("fall", fallId)
                .param("tag", tag)
                .query(LocalDate.class)
                .optional();
    }

    @EventHandler
    void on(AntragGestellt ereignis) {
        jdbc.sql("INSERT INTO antrag_register (antrag_id, fall_id, unentschieden) VALUES (:id, :fall, TRUE)")
                .param("id", ereignis.antragId())
                .param("fall", ereignis.fallId())
                .update();
    }

    @EventHandler
    void on(AntragBewilligt ereignis) {
        jdbc.sql("UPDATE antrag_register SET unentschieden = :offen, freigabe_ausstehend_von = :von, bewilligt_bis = :bis WHERE antrag_id = :id")
                .param("offen", ereignis.freigabeErforderlich())
                .param("bis", ereignis.bewilligungBis())
                .param("von", ereignis.freigabeErforderlich() ? ereignis.entschiedenVon() : null)
                .param("id", ereignis.antragId())
                .update();
    }

    @EventHandler
    void on(BewilligungFreigegeben ereignis) {
        entschieden(ereignis.antragId());
    }

    @EventHandler
    void on(AntragAbgelehnt ereignis) {
        entschieden(ereignis.antragId());
    }

    @EventHandler
    void on(AntragVersagt ereignis) {
        entschieden(ereignis.antragId());
    }

    @EventHandler
    void on(BewilligungAufgehoben ereignis) {
        entschieden(ereignis.antragId());
        // the grant runs until the day before it is revoked from (§ 48 SGB X)
        jdbc.sql("UPDATE antrag_register SET bewilligt_bis = LEAST(bewilligt_bis, :bis) WHERE antrag_id = :id")
                .param("bis", ereignis.aufgehobenAb().minusDays(1))
                .param("id", ereignis.antragId())
                .update();
    }

    @EventHandler
    void on(AntragZurueckgenommen ereignis) {
        entschieden(ereignis.antragId());
    }

    private void entschieden(UUID antragId) {
        jdbc.sql("UPDATE antrag_register SET unentschieden = FALSE, freigabe_ausstehend_von = NULL WHERE antrag_id = :id")
                .param("id", antragId)
                .update();
    }
}
