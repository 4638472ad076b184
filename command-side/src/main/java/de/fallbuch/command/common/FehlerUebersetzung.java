package de.fallbuch.command.common;

import de.fallbuch.kernel.common.Fehlerdetails;
import de.fallbuch.kernel.common.Fehlerdetails.Art;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details say why
 * ({@link Fehlerdetails}). Details travel between nodes (Axon Server), the original exception
 * type does not, so the web layer answers from the details in both set-ups.
 */
public class FehlerUebersetzung implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Regelverstoss e) {
            throw ausnahme(e, new Fehlerdetails(Art.REGEL, e.code(), null, e.getMessage()));
        } catch (UngueltigeAngabe e) {
            throw ausnahme(e, new Fehlerdetails(Art.UNGUELTIG, "UNGUELTIGE_ANGABE", e.feld(), e.getMessage()));
        } catch (ZugriffVerweigert e) {
            throw ausnahme(e, new Fehlerdetails(Art.ZUGRIFF, e.code(), null, e.getMessage()));
        } catch (NichtGefunden e) {
            throw ausnahme(e, new Fehlerdetails(Art.UNBEKANNT, e.code(), null, e.getMessage()));
        } catch (VeralteteVersion e) {
            throw ausnahme(e, new Fehlerdetails(Art.KONFLIKT, "VERSION_VERALTET", null, e.getMessage()));
        } catch (AggregateNotFoundException e) {
            throw ausnahme(e, new Fehlerdetails(Art.UNBEKANNT, "NICHT_GEFUNDEN", null,
                    "Der Vorgang ist nicht bekannt."));
        } catch (ConflictingModificationException e) {
            throw ausnahme(e, new Fehlerdetails(Art.KONFLIKT, "VERSION_VERALTET", null,
                    "Der Vorgang wurde inzwischen geändert. Bitte laden Sie ihn neu und prüfen Sie Ihre Eingabe."));
        }
    }

    private static CommandExecutionException ausnahme(Exception ursache, Fehlerdetails details) {
        return new CommandExecutionException(details.meldung(), ursache, details);
    }
}
