package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.kernel.fall.FallStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers {@link Fallauskunft} from the write model's {@code fall_register}, and serialises
 * drafting against closing: drafting reads the Fall's row {@code FOR SHARE}, the closing policy
 * locks it {@code FOR UPDATE} before it looks for open agreements. Without the locks, an agreement
 * drafted while the Fall is being closed could stay open for a closed Fall, because the policy
 * would not see its uncommitted register row. {@code FallRegister.finde} reads without a lock,
 * hence the own queries on the same table.
 */
@Component
class FallregisterAuskunft implements Fallauskunft {

    private final JdbcClient jdbc;

    FallregisterAuskunft(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Fallstand> stand(UUID fallId) {
        return jdbc.sql("SELECT dienststelle, status FROM fall_register WHERE fall_id = :id FOR SHARE")
                .param("id", fallId)
                .query((rs, n) -> new Fallstand(rs.getString(1), FallStatus.valueOf(rs.getString(2))))
                .optional();
    }

    /** Holds back drafting for this Fall until the transaction that closes it has committed. */
    void abschlussSperren(UUID fallId) {
        jdbc.sql("SELECT fall_id FROM fall_register WHERE fall_id = :id FOR UPDATE")
                .param("id", fallId)
                .query(UUID.class)
                .optional();
    }
}
