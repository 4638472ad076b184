package de.fallbuch.app.datenschutz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Master key rotation (docs/datenschutz.md): on start, every data key still wrapped with a previous
 * master key ({@code fallbuch.datenschutz.vorherige-hauptschluessel}) is wrapped again with the current one.
 */
@Component
class Hauptschluesselwechsel {

    private static final Logger LOG = LoggerFactory.getLogger(Hauptschluesselwechsel.class);

    private final Schluesselverwaltung schluessel;
    private final TransactionTemplate transaktion;

    Hauptschluesselwechsel(Schluesselverwaltung schluessel, TransactionTemplate transaktion) {
        this.schluessel = schluessel;
        this.transaktion = transaktion;
    }

    @EventListener(ApplicationReadyEvent.class)
    void neuVerpacken() {
        Integer anzahl = transaktion.execute(status -> schluessel.neuVerpacken());
        if (anzahl != null && anzahl > 0) {
            LOG.warn("{} Datenschlüssel mit dem neuen Hauptschlüssel neu verpackt; der vorherige kann aus der Konfiguration entfernt werden",
                    anzahl);
        }
    }
}
