package de.fallbuch.app;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's clock by a {@link Testuhr} in tests. Production code is unchanged: it
 * asks for a {@link java.time.Clock} and gets this one because it is primary.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestuhrKonfiguration {

    @Bean
    @Primary
    Testuhr testuhr(@Value("${fallbuch.zeitzone:Europe/Berlin}") String zeitzone) {
        return new Testuhr(ZoneId.of(zeitzone));
    }
}
