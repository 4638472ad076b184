package de.fallbuch.command.fall;

import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write model's own register of Fälle. It is fed by a subscribing processor, i.e. in the same
 * transaction that stores the events, so it is never behind the event store: the command side
 * can rely on it to decide who may act on a Fall and whether a Fall is open, without asking the
 * (eventually consistent) read model.
 */
@Component
@ProcessingGroup(FallRegister.PROCESSING_GROUP)
public class FallRegister {

    public static final String PROCESSING_GROUP = "fall-register";

    private final JdbcClient jdbc;

    FallRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A Fall as the write model knows it. */
    public record Eintrag(UUID fallId, String aktenzeichen, String dienststelle, String fallmanager, FallStatus status) {
    }

    public Optional<Eintrag> finde(UUID fallId) {
        return lesen(fallId, "");
    }

    /**
     * Like {@link #finde}, but holds the entry (row lock) until the transaction ends. Rules that
     * span a Fall and its Anträge or agreements take it first, so that closing the Fall and adding
     * to it are serialised: whichever comes second sees the other's outcome.
     */
    public Optional<Eintrag> findeGesperrt(UUID fallId) {
        return lesen(fallId, " FOR UPDATE");
    }

    /**
     * Like {@link #finde}, with a shared row lock: several additions to the same Fall may run at
     * once, but none while the Fall is being closed ({@link #findeGesperrt}).
     */
    public Optional<Eintrag> findeGeteilt(UUID fallId) {
        return lesen(fallId, " FOR SHARE");
    }

    private Optional<Eintrag> lesen(UUID fallId, String sperre) {
        return jdbc.sql("SELECT fall_id, aktenzeichen, dienststelle, fallmanager, status FROM fall_register WHERE fall_id = :id"
                        + sperre)
                .param("id", fallId)
                .query((rs, n) -> new Eintrag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), FallStatus.valueOf(rs.getString(5))))
                .optional();
    }

    @EventHandler
    void on(FallEroeffnet ereignis) {
        // A duplicate Aktenzeichen violates the unique key and rolls the whole command back.
        jdbc.sql("""
                        INSERT INTO fall_register (fall_id, aktenzeichen, dienststelle, fallmanager, status)
                        VALUES (:id, :az, :ds, :fm, 'OFFEN')""")
                .param("id", ereignis.fallId())
                .param("az", ereignis.aktenzeichen())
                .param("ds", ereignis.dienststelle())
                .param("fm", ereignis.fallmanager())
                .update();
    }

    @EventHandler
    void on(FallmanagerGewechselt ereignis) {
        jdbc.sql("UPDATE fall_register SET fallmanager = :fm WHERE fall_id = :id")
                .param("fm", ereignis.neuerFallmanager()).param("id", ereignis.fallId()).update();
    }

    @EventHandler
    void on(FallAbgeschlossen ereignis) {
        status(ereignis.fallId(), FallStatus.ABGESCHLOSSEN);
    }

    @EventHandler
    void on(FallWiederaufgenommen ereignis) {
        status(ereignis.fallId(), FallStatus.OFFEN);
    }

    private void status(UUID fallId, FallStatus status) {
        jdbc.sql("UPDATE fall_register SET status = :status WHERE fall_id = :id")
                .param("status", status.name()).param("id", fallId).update();
    }
}
