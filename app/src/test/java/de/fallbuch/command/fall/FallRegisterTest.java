package de.fallbuch.command.fall;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The write model's register is kept in the same transaction as the events it is fed from. */
class FallRegisterTest extends IntegrationTest {

    @Autowired
    private CommandGateway befehle;
    @Autowired
    private EventStore ereignisse;
    @Autowired
    private FallRegister register;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void dasRegisterKenntEinenFallSobaldDerBefehlZurueckkommt() {
        var eroeffnet = als("fm.mueller").post("/api/faelle", neuerFall("Register", "Innenstadt")).erwarte(201);
        UUID fallId = UUID.fromString(eroeffnet.feld("fallId"));

        FallRegister.Eintrag eintrag = register.finde(fallId).orElseThrow();

        assertThat(eintrag.aktenzeichen()).isEqualTo(eroeffnet.feld("aktenzeichen"));
        assertThat(eintrag.dienststelle()).isEqualTo("Innenstadt");
        assertThat(eintrag.status()).isEqualTo(FallStatus.OFFEN);
    }

    @Test
    void einDoppeltesAktenzeichenLaesstDenGanzenBefehlScheiternUndGibtDieGezogeneNummerZurueck() {
        String vergeben = als("fm.mueller").post("/api/faelle", neuerFall("Erster", "Innenstadt")).erwarte(201).feld("aktenzeichen");
        int jahr = Integer.parseInt(vergeben.substring(3, 7));
        // Set the counter back by one, so the next draw repeats the number just given (as a restored backup might).
        jdbc.sql("UPDATE aktenzeichen_zaehler SET letzte_nummer = letzte_nummer - 1 WHERE jahr = :jahr").param("jahr", jahr).update();
        long zurueckgesetzt = zaehlerstand(jahr);
        UUID zweiter = UUID.randomUUID();

        try {
            assertThatThrownBy(() -> befehle.sendAndWait(new FallEroeffnen(zweiter,
                    new Person("Zweite", "Person", LocalDate.of(1970, 1, 1), null), "Innenstadt", "fm.mueller", "Miete")))
                    .hasStackTraceContaining("fall_register_aktenzeichen_key");

            assertThat(register.finde(zweiter)).isEmpty();
            assertThat(ereignisse.readEvents(zweiter.toString()).asStream()).as("kein Ereignis gespeichert").isEmpty();
            assertThat(zaehlerstand(jahr)).as("die Nummer wurde in derselben Transaktion gezogen und mit ihr zurückgerollt")
                    .isEqualTo(zurueckgesetzt);
        } finally {
            jdbc.sql("UPDATE aktenzeichen_zaehler SET letzte_nummer = letzte_nummer + 1 WHERE jahr = :jahr").param("jahr", jahr).update();
        }
    }

    private long zaehlerstand(int jahr) {
        return jdbc.sql("SELECT letzte_nummer FROM aktenzeichen_zaehler WHERE jahr = :jahr").param("jahr", jahr).query(Long.class).single();
    }
}
