package de.fallbuch.query.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAbfragen;
import de.fallbuch.kernel.fall.FallAnsicht;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Opening a case file for reading, by need to know: Fallmanager and Sachgebietsleitung of the
 * Fall's Dienststelle and Rechtsprüfung may; Revision and Administration never see personal data.
 * Every attempt, granted or refused, is recorded ({@link Akteneinsicht}).
 */
@Component
public class Fallakte {

    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    Fallakte(QueryGateway abfragen, Akteneinsicht akteneinsicht) {
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    /**
     * The current view of the Fall, once the reader has been found entitled to read it. The reader is
     * the one the query carries ({@link AktuellerLeser#aus}): the query handlers of every door call here.
     */
    public FallAnsicht oeffnen(Akteur leser, UUID fallId, Akteneinsicht.Was was) {
        if (!darfPersonendatenSehen(leser)) {
            akteneinsicht.protokollieren(leser, fallId, was, false);
            throw keinePersonendaten(leser);
        }
        FallAnsicht fall = fall(fallId);
        boolean gewaehrt = leser.darfFallLesen(fall.dienststelle());
        akteneinsicht.protokollieren(leser, fallId, was, gewaehrt);
        if (!gewaehrt) {
            throw fremdeDienststelle();
        }
        return fall;
    }

    /**
     * The Fall for an Art. 15 GDPR Auskunft: only Fallmanager and Sachgebietsleitung of the Fall's
     * Dienststelle give it (they answer the person's request); the attempt is recorded either way.
     */
    public FallAnsicht fuerAuskunftOeffnen(Akteur leser, UUID fallId) {
        if (!darfAuskunftGeben(leser)) {
            akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.AUSKUNFT, false);
            throw darfPersonendatenSehen(leser)
                    ? new ZugriffVerweigert("KEINE_AUSKUNFT", "Eine Auskunft nach Art. 15 DSGVO erteilen Fallmanagerinnen, "
                            + "Fallmanager und die Sachgebietsleitung der Dienststelle des Falls.")
                    : keinePersonendaten(leser);
        }
        FallAnsicht fall = fall(fallId);
        boolean gewaehrt = leser.darfFallBearbeiten(fall.dienststelle());
        akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.AUSKUNFT, gewaehrt);
        if (!gewaehrt) {
            throw fremdeDienststelle();
        }
        return fall;
    }

    /** Roles that answer a person's request for information (which Fälle is decided per Dienststelle). */
    public static boolean darfAuskunftGeben(Akteur leser) {
        return leser.rolle() == Rolle.FALLMANAGER || leser.rolle() == Rolle.SACHGEBIETSLEITUNG;
    }

    /** The refusal for roles that see no personal data at all. */
    public static ZugriffVerweigert keinePersonendaten(Akteur leser) {
        return new ZugriffVerweigert("KEINE_PERSONENDATEN",
                "In Ihrer Rolle " + leser.rolle().bezeichnung() + " sehen Sie keine Fälle mit personenbezogenen Daten.");
    }

    private FallAnsicht fall(UUID fallId) {
        return Abfrageergebnis.von(abfragen.query(new FallAbfragen(fallId), ResponseTypes.optionalInstanceOf(FallAnsicht.class)))
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
    }

    private static ZugriffVerweigert fremdeDienststelle() {
        return new ZugriffVerweigert("FREMDE_DIENSTSTELLE",
                "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.");
    }

    /** Roles that may see personal data at all (which Fälle is decided per Dienststelle). */
    public static boolean darfPersonendatenSehen(Akteur leser) {
        return switch (leser.rolle()) {
            case FALLMANAGER, SACHGEBIETSLEITUNG, RECHTSPRUEFUNG -> true;
            case REVISION, ADMIN, DATENSCHUTZ, SYSTEM -> false;
        };
    }
}
