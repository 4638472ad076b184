package de.fallbuch.app.integritaet;

import de.fallbuch.app.infrastruktur.EingebettetesPostgresKonfiguration;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The command-line mode of the jar: {@code java -jar fallbuch.jar --fallbuch.integritaet.pruefen}
 * (optionally {@code --fallbuch.integritaet.tag=2026-12-02 --fallbuch.integritaet.hash=<64 hex>}).
 * Starts no web server, no Axon and no views, only a connection to the configured database (the
 * embedded one in {@code fallbuch.data-dir}, or {@code spring.datasource.*}), verifies read-only,
 * prints the outcome and exits: 0 intact, 1 a finding, 2 the check could not be made.
 */
public final class IntegritaetKommando {

    public static final String SCHALTER = "--fallbuch.integritaet.pruefen";
    static final int UNVERSEHRT = 0;
    static final int VERLETZT = 1;
    static final int NICHT_PRUEFBAR = 2;

    private IntegritaetKommando() {
    }

    public static boolean gewuenscht(String[] argumente) {
        return Arrays.stream(argumente).anyMatch(a -> a.equals(SCHALTER) || a.equals(SCHALTER + "=true"));
    }

    /**
     * Only a DataSource: the embedded PostgreSQL's configuration, else Boot's from spring.datasource.*.
     * Not a {@code @Configuration}, so the service's component scan does not pick it up.
     */
    @EnableConfigurationProperties
    @Import(EingebettetesPostgresKonfiguration.class)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class Kontext {
    }

    /** From {@code main}: quiet logging (only warnings), so the outcome stands out on the console. */
    public static int hauptprogramm(String[] argumente) {
        String[] leise = Arrays.copyOf(argumente, argumente.length + 1);
        leise[argumente.length] = "--logging.level.root=warn";
        return ausfuehren(leise, System.out);
    }

    public static int ausfuehren(String[] argumente, PrintStream aus) {
        try (ConfigurableApplicationContext kontext = new SpringApplicationBuilder(Kontext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(argumente)) {
            Environment umgebung = kontext.getEnvironment();
            Integritaetspruefung.Vorgabe vorgabe = vorgabe(umgebung.getProperty("fallbuch.integritaet.tag"),
                    umgebung.getProperty("fallbuch.integritaet.hash"));
            Clock uhr = Clock.system(ZoneId.of(umgebung.getProperty("fallbuch.zeitzone", "Europe/Berlin")));
            Pruefergebnis ergebnis = new Integritaetspruefung(kontext.getBean(DataSource.class), uhr).pruefen(vorgabe);
            ausgeben(ergebnis, aus);
            return ergebnis.unversehrt() ? UNVERSEHRT : VERLETZT;
        } catch (IllegalArgumentException falscheAngabe) {
            aus.println("Integritätsprüfung nicht möglich: " + falscheAngabe.getMessage());
            return NICHT_PRUEFBAR;
        } catch (Exception e) {
            aus.println("Integritätsprüfung nicht möglich: " + e);
            return NICHT_PRUEFBAR;
        }
    }

    private static Integritaetspruefung.Vorgabe vorgabe(String tag, String hash) {
        if (tag == null && hash == null) {
            return null;
        }
        byte[] wert = Integritaetspruefung.Vorgabe.hashLesen(hash);
        if (tag == null || wert == null) {
            throw new IllegalArgumentException("--fallbuch.integritaet.tag=JJJJ-MM-TT und --fallbuch.integritaet.hash=<64 Hexadezimalziffern> "
                    + "gehören zusammen.");
        }
        try {
            return new Integritaetspruefung.Vorgabe(LocalDate.parse(tag), wert);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--fallbuch.integritaet.tag ist kein Datum (JJJJ-MM-TT): " + tag);
        }
    }

    private static void ausgeben(Pruefergebnis ergebnis, PrintStream aus) {
        aus.println(ergebnis.unversehrt() ? "Integritätsprüfung: UNVERSEHRT" : "Integritätsprüfung: VERLETZT");
        aus.printf("Geprüft: %d Ereignisse und %d Lücken bis Ereignis Nr. %d in %d ms (%d Ereignisse/s); Kettenkopf %s%n",
                ergebnis.ereignisse(), ergebnis.luecken(), ergebnis.bisGlobalIndex(), ergebnis.dauerMs(),
                ergebnis.ereignisseProSekunde(), ergebnis.kettenkopf());
        if (ergebnis.nochNichtVersiegelt() > 0) {
            aus.printf("Noch nicht versiegelt (nicht geprüft): %d Ereignisse%n", ergebnis.nochNichtVersiegelt());
        }
        if (ergebnis.befund() != null) {
            Pruefergebnis.Befund befund = ergebnis.befund();
            aus.printf("Befund: %s bei Ereignis Nr. %d, Aktenzeichen %s%n", befund.art(), befund.globalIndex(),
                    befund.aktenzeichen() == null ? "unbekannt" : befund.aktenzeichen());
            aus.println(befund.meldung());
        }
        if (ergebnis.tagessiegel() != null) {
            aus.println("Tagessiegel: " + ergebnis.tagessiegel().meldung());
        }
    }
}
