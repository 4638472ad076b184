package de.fallbuch.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of architecture.md, checked on the compiled classes. */
class ArchitekturTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.fallbuch");

    @Test
    void dieSchreibseiteSiehtDieLeseseiteNicht() {
        noClasses().that().resideInAPackage("de.fallbuch.command..")
                .should().dependOnClassesThat().resideInAnyPackage("de.fallbuch.query..", "de.fallbuch.app..")
                .check(KLASSEN);
    }

    @Test
    void dieLeseseiteSiehtDieSchreibseiteNicht() {
        noClasses().that().resideInAPackage("de.fallbuch.query..")
                .should().dependOnClassesThat().resideInAnyPackage("de.fallbuch.command..", "de.fallbuch.app..")
                .check(KLASSEN);
    }

    @Test
    void dieVeroeffentlichteSpracheKenntWederSpringNochDieSeiten() {
        noClasses().that().resideInAPackage("de.fallbuch.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "de.fallbuch.command..", "de.fallbuch.query..", "de.fallbuch.app..")
                .check(KLASSEN);
    }

    @Test
    void dieOberflaecheSchreibtNurUeberDieBefehleDerVeroeffentlichtenSprache() {
        noClasses().that().resideInAPackage("de.fallbuch.app.oberflaeche..")
                .should().dependOnClassesThat().resideInAPackage("de.fallbuch.command..")
                .check(KLASSEN);
    }

    /**
     * The pages read only through the QueryGateway with the kernel's queries (issue 14): no query-side
     * class, so access and the access log are decided on the query side for every door alike.
     */
    @Test
    void dieSeitenLesenNurUeberDieVeroeffentlichtenAbfragen() {
        noClasses().that().resideInAPackage("de.fallbuch.app.oberflaeche..")
                .should().dependOnClassesThat().resideInAPackage("de.fallbuch.query..")
                .check(KLASSEN);
    }

    /**
     * The view's building-block queries answer without asking who reads (the checked queries use
     * them inside the query side). The pages send only the checked ones, which decide and record.
     */
    @Test
    void dieSeitenSendenNurGepruefteAbfragen() {
        noClasses().that().resideInAPackage("de.fallbuch.app.oberflaeche..")
                .should().dependOnClassesThat().belongToAnyOf(
                        de.fallbuch.kernel.fall.FallAbfragen.class, de.fallbuch.kernel.fall.FallStandAmAbfragen.class,
                        de.fallbuch.kernel.fall.FaelleAuflisten.class, de.fallbuch.kernel.antrag.AntragAbfragen.class,
                        de.fallbuch.kernel.antrag.AntragStandAmAbfragen.class, de.fallbuch.kernel.antrag.EntscheidungenAbfragen.class,
                        de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen.class,
                        de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStandAmAbfragen.class,
                        de.fallbuch.kernel.hilfevereinbarung.FassungAbfragen.class,
                        de.fallbuch.kernel.hilfevereinbarung.FassungenVergleichen.class,
                        de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten.class,
                        de.fallbuch.kernel.verlauf.VerlaufAbfragen.class, de.fallbuch.kernel.arbeitskorb.ArbeitskorbAbfragen.class,
                        de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen.class)
                .check(KLASSEN);
    }
}
