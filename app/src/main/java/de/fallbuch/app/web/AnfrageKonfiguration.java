package de.fallbuch.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.kernel.common.Grenzen;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.filters.FailedRequestFilter;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What the server accepts at the door and how it refuses the rest, so that every refusal reads
 * like the application's own (problem+json on the API, a German page in the UI), even the ones
 * Tomcat and Spring Security make before Spring MVC runs.
 */
@Configuration(proxyBeanMethods = false)
class AnfrageKonfiguration {

    /**
     * Tomcat: our {@link Fehlerbericht} instead of its English error report, and form posts limited
     * to the same {@link Grenzen#MAX_ANFRAGE_BYTES} as every other body (Tomcat's own default is 2 MB).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatFehlerbericht(ObjectMapper json) {
        return fabrik -> {
            fabrik.addConnectorCustomizers(anschluss -> anschluss.setMaxPostSize(Grenzen.MAX_ANFRAGE_BYTES));
            // The context is already a child of its host here, and the host not yet started: the host adds
            // its error report valve at start only if none of the configured class is in its pipeline.
            fabrik.addContextCustomizers(kontext -> {
                StandardHost host = (StandardHost) kontext.getParent();
                host.setErrorReportValveClass(Fehlerbericht.class.getName());
                host.getPipeline().addValve(new Fehlerbericht(json));
            });
        };
    }

    /**
     * Tomcat marks a form it could not read (larger than the limit, broken encoding, too many
     * parameters) and otherwise carries on as if it had no fields; this filter of Tomcat's turns the
     * mark into 413 or 400, before the missing CSRF field could be mistaken for an expired session.
     * Ordered after the character encoding filter, which must come before parameters are read.
     */
    @Bean
    FilterRegistrationBean<FailedRequestFilter> unlesbareFormulare() {
        FilterRegistrationBean<FailedRequestFilter> registrierung = new FilterRegistrationBean<>(new FailedRequestFilter());
        registrierung.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registrierung.setDispatcherTypes(DispatcherType.REQUEST);
        return registrierung;
    }

    /**
     * Spring Security's firewall refuses paths with characters that could fool path matching (a
     * semicolon, an encoded "%" or "."): answered by {@code /error} like any other 400, named precisely.
     */
    @Bean
    RequestRejectedHandler ungueltigeAdresse() {
        return (anfrage, antwort, abgewiesen) -> {
            anfrage.setAttribute(Anfragefehler.ATTRIBUT, Anfragefehler.UNGUELTIGE_ADRESSE);
            antwort.sendError(Anfragefehler.UNGUELTIGE_ADRESSE.status().value());
        };
    }
}
