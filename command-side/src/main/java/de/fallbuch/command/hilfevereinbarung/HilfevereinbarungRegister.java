package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write model's own register of Hilfevereinbarungen: to which Fall and Dienststelle each
 * belongs and whether it is still open. Fed by a subscribing processor, i.e. in the transaction
 * that stores the events, so it is never behind the event store: the command API decides access
 * from it, and the closing policy finds the open agreements of a Fall in it.
 */
@Component
@ProcessingGroup(HilfevereinbarungRegister.PROCESSING_GROUP)
public class HilfevereinbarungRegister {

    static final String PROCESSING_GROUP = "hilfevereinbarung-register";

    private final JdbcClient jdbc;

    HilfevereinbarungRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A Hilfevereinbarung as the write model knows it. */
    public record Eintrag(UUID hilfevereinbarungId, UUID fallId, String dienststelle, boolean offen) {
    }

    public Optional<Eintrag> finde(UUID hilfevereinbarungId) {
        return jdbc.sql("SELECT hilfevereinbarung_id, fall_id, dienststelle, offen FROM hilfevereinbarung_register WHERE hilfevereinbarung_id = :id")
                .param("id", hilfevereinbarungId)
                .query((rs, n) -> new Eintrag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    /** The agreements of the Fall that have not ended, drafts included. */
    List<UUID> offeneDesFalls(UUID fallId) {
        return jdbc.sql("SELECT hilfevereinbarung_id FROM hilfevereinbarung_register WHERE fall_id = :fall AND offen ORDER BY hilfevereinbarung_id")
                .param("fall", fallId)
                .query(UUID.class)
                .list();
    }

    @EventHandler
    void on(HilfevereinbarungEntworfen ereignis) {
        jdbc.sql("""
                        INSERT INTO hilfevereinbarung_register (hilfevereinbarung_id, fall_id, dienststelle, offen)
                        VALUES (:id, :fall, :ds, TRUE)""")
                .param("id", ereignis.hilfevereinbarungId())
                .param("fall", ereignis.fallId())
                .param("ds", ereignis.dienststelle())
                .update();
    }

    @EventHandler
    void on(HilfevereinbarungBeendet ereignis) {
        geschlossen(ereignis.hilfevereinbarungId());
    }

    @EventHandler
    void on(EinwilligungWiderrufen ereignis) {
        geschlossen(ereignis.hilfevereinbarungId());
    }

    private void geschlossen(UUID hilfevereinbarungId) {
        jdbc.sql("UPDATE hilfevereinbarung_register SET offen = FALSE WHERE hilfevereinbarung_id = :id")
                .param("id", hilfevereinbarungId)
                .update();
    }
}
