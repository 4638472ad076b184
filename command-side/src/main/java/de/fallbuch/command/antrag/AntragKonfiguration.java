package de.fallbuch.command.antrag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the Antrag an office chooses. */
@Configuration(proxyBeanMethods = false)
class AntragKonfiguration {

    /** Default 1.000,00 € a month; an office sets its own limit. */
    @Bean
    Freigabegrenze freigabegrenze(@Value("${fallbuch.antrag.freigabegrenze-cent:100000}") long cent) {
        return new Freigabegrenze(cent);
    }
}
