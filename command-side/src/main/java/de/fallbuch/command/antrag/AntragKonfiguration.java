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

    /** Default two weeks each; see {@link Mindestfristen}. */
    @Bean
    Mindestfristen mindestfristen(@Value("${fallbuch.antrag.mindestfrist-mitwirkung-tage:14}") int mitwirkung,
            @Value("${fallbuch.antrag.mindestfrist-anhoerung-tage:14}") int anhoerung) {
        return new Mindestfristen(mitwirkung, anhoerung);
    }
}
