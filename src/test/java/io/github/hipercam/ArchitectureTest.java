package io.github.hipercam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The core (model, formats, spooling, clients) depends on nothing of ImageJ,
 * SciJava, the command line or the server; the adapters depend inward.
 */
class ArchitectureTest {

    /** Packages that make up the core. */
    static final String[] CORE = {
        "io.github.hipercam", "io.github.hipercam.model..", "io.github.hipercam.hcm..",
        "io.github.hipercam.hcam..", "io.github.hipercam.ucam..", "io.github.hipercam.spool..",
        "io.github.hipercam.synth..", "io.github.hipercam.net.."
    };

    static ArchRule coreIsFreeOfImageJ() {
        return noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("ij..", "org.scijava..", "java.awt..")
                .because("the core must run without ImageJ (STYLE.md principle 1)");
    }

    static ArchRule coreIsFreeOfAdapters() {
        return noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.hipercam.cli..", "io.github.hipercam.imagej..", "io.github.hipercam.server..")
                .because("adapters depend on the core, never the other way round");
    }

    static ArchRule cliIsFreeOfImageJ() {
        return noClasses().that().resideInAPackage("io.github.hipercam.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("ij..", "io.github.hipercam.imagej..");
    }

    private static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.hipercam");
    }

    @Test
    void coreDoesNotImportImageJ() {
        coreIsFreeOfImageJ().check(mainClasses());
    }

    @Test
    void coreDoesNotDependOnAdapters() {
        coreIsFreeOfAdapters().check(mainClasses());
    }

    @Test
    void commandLineDoesNotDependOnImageJ() {
        cliIsFreeOfImageJ().check(mainClasses());
    }

    @Test
    void ruleCatchesACoreClassThatImportsImageJ() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                io.github.hipercam.archfixture.CoreClassUsingImageJ.class);
        EvaluationResult bad = noClasses().that().resideInAPackage("io.github.hipercam.archfixture..")
                .should().dependOnClassesThat().resideInAnyPackage("ij..").evaluate(fixture);
        assertTrue(bad.hasViolation(), "the rule must flag a class that uses ij.*");
        JavaClasses clean = new ClassFileImporter().importClasses(io.github.hipercam.model.Winhead.class);
        assertFalse(coreIsFreeOfImageJ().evaluate(clean).hasViolation());
    }
}
