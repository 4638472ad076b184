package de.fallbuch.app;

import de.fallbuch.app.integritaet.IntegritaetKommando;
import de.fallbuch.command.CommandSide;
import de.fallbuch.query.QuerySide;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The Fallbuch service: wires the write model ({@link CommandSide}) and the read model
 * ({@link QuerySide}) with the infrastructure. Profile {@code command} runs only the write model,
 * profile {@code query} only the read model; what else runs where is decided by {@link Einsatzprofil}
 * (this class's component scan leaves out what the instance's kind does not run). With
 * {@code --fallbuch.integritaet.pruefen} it only verifies the ledger against its seal and exits
 * ({@link IntegritaetKommando}).
 */
// @SpringBootApplication spelled out, to add the Einsatzprofil filter to its component scan
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = Einsatzprofil.class)})
@ConfigurationPropertiesScan
@Import({CommandSide.class, QuerySide.class})
public class FallbuchApplication {

    public static void main(String[] args) {
        if (IntegritaetKommando.gewuenscht(args)) {
            // verify the ledger and exit, without the web server (README, "Integrity")
            System.exit(IntegritaetKommando.hauptprogramm(args));
        }
        SpringApplication.run(FallbuchApplication.class, args);
    }
}
