package io.github.hipercam;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.hipercam.archfixture.CoreClassUsingImageJ;
import io.github.hipercam.archfixture.adapter.CommandWithItsOwnSpool;
import io.github.hipercam.archfixture.bytes.ByteSourceDecoding;
import io.github.hipercam.archfixture.cards.CardParser;
import io.github.hipercam.archfixture.format.FormatReadingAFile;
import io.github.hipercam.archfixture.model.ModelUsingSpool;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.spool.DecodeAheadSpooler;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import org.junit.jupiter.api.Test;

/**
 * The seams of the design, checked on the compiled classes. Each rule is also
 * run on a fixture class that breaks it, to prove that it can fail.
 *
 * <ul>
 *   <li>The core depends on nothing of ImageJ, and never on an adapter.</li>
 *   <li>Formats (how runs are decoded) and byte sources (where their bytes
 *       come from) never import each other.</li>
 *   <li>The model imports nothing of the project but its exceptions.</li>
 *   <li>Adapters (command line, ImageJ, server) open runs only through
 *       {@code Runs.open} (or {@code Spoolers.open}, its one-line form): they
 *       never touch byte sources or formats, and never build a spool of their
 *       own.</li>
 *   <li>Nothing outside the FITS package parses FITS cards.</li>
 * </ul>
 */
class ArchitectureTest {

    /** Packages that make up the core. */
    static final String[] CORE = {
        "io.github.hipercam", "io.github.hipercam.model..", "io.github.hipercam.hcm..",
        "io.github.hipercam.hcam..", "io.github.hipercam.ucam..", "io.github.hipercam.spool..",
        "io.github.hipercam.synth..", "io.github.hipercam.net..", "io.github.hipercam.run..",
        "io.github.hipercam.format..", "io.github.hipercam.source..", "io.github.hipercam.bytes..",
        "io.github.hipercam.fits..", "io.github.hipercam.spi..", "io.github.hipercam.util..",
        "io.github.hipercam.wire.."
    };
    /** Formats: what runs mean. */
    static final String[] FORMATS = {
        "io.github.hipercam.format..", "io.github.hipercam.hcam..", "io.github.hipercam.ucam.."
    };
    /** Byte sources: where runs' bytes come from. */
    static final String[] BYTE_SOURCES = {
        "io.github.hipercam.source..", "io.github.hipercam.bytes..", "io.github.hipercam.net.."
    };
    /** Adapters: what users meet. */
    static final String[] ADAPTERS = {
        "io.github.hipercam.cli..", "io.github.hipercam.imagej..", "io.github.hipercam.server.."
    };
    /** The model. */
    static final String MODEL = "io.github.hipercam.model..";

    static ArchRule coreIsFreeOfImageJ(String... core) {
        return noClasses().that().resideInAnyPackage(core)
                .should().dependOnClassesThat().resideInAnyPackage("ij..", "org.scijava..", "java.awt..")
                .because("the core must run without ImageJ (STYLE.md principle 1)");
    }

    static ArchRule coreIsFreeOfAdapters() {
        return noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .because("adapters depend on the core, never the other way round");
    }

    static ArchRule cliIsFreeOfImageJ() {
        return noClasses().that().resideInAPackage("io.github.hipercam.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("ij..", "io.github.hipercam.imagej..");
    }

    static ArchRule formatsDoNotImportByteSources(String... formats) {
        return noClasses().that().resideInAnyPackage(formats)
                .should().dependOnClassesThat().resideInAnyPackage(BYTE_SOURCES)
                .because("a format decodes bytes and never knows where they come from (STYLE.md principle 3)");
    }

    static ArchRule byteSourcesDoNotImportFormats(String... sources) {
        return noClasses().that().resideInAnyPackage(sources)
                .should().dependOnClassesThat().resideInAnyPackage(concat(FORMATS, "io.github.hipercam.hcm.."))
                .because("a byte source hands over bytes and never knows how they are decoded");
    }

    static ArchRule modelImportsOnlyExceptions(String... model) {
        return classes().that().resideInAnyPackage(model)
                .should().onlyDependOnClassesThat(resideInAnyPackage(concat(model, "java..")).or(
                        resideInAPackage("io.github.hipercam")))
                .because("the model (Winhead, Window, Ccd, Mccd, Header) stands on its own");
    }

    static ArchRule adaptersOpenRunsOnlyThroughRuns(String... adapters) {
        return noClasses().that().resideInAnyPackage(adapters)
                .should().dependOnClassesThat(resideInAnyPackage(concat(BYTE_SOURCES, "io.github.hipercam.format..")))
                .orShould().dependOnClassesThat(assignableTo(ByteSource.class).or(assignableTo(ByteSourceProvider.class)))
                .orShould().callConstructor(RunSpooler.class, RunReader.class, int.class)
                .orShould().callConstructor(DecodeAheadSpooler.class, RunReader.class, int.class, int.class, int.class,
                        int.class)
                .because("every entry point opens runs with Runs.open and takes its spools from the opened run,"
                        + " so that first, the end of a run and following mean the same everywhere");
    }

    static ArchRule onlyTheFitsPackageParsesCards(String... others) {
        return noClasses().that().resideInAnyPackage(others)
                .should().dependOnClassesThat().haveFullyQualifiedName("nom.tam.fits.Header")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("nom.tam.fits.HeaderCard")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("nom.tam.util.Cursor")
                .because("FITS cards are parsed by nom-tam-fits in io.github.hipercam.fits alone");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String[] allBut(String excluded) {
        return java.util.Arrays.stream(concat(CORE, ADAPTERS)).filter(p -> !p.equals(excluded))
                .toArray(String[]::new);
    }

    private static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.hipercam");
    }

    private static JavaClasses fixture(Class<?> c) {
        return new ClassFileImporter().importClasses(c);
    }

    @Test
    void coreDoesNotImportImageJ() {
        coreIsFreeOfImageJ(CORE).check(mainClasses());
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
    void formatsAndByteSourcesDoNotImportEachOther() {
        formatsDoNotImportByteSources(FORMATS).check(mainClasses());
        byteSourcesDoNotImportFormats(BYTE_SOURCES).check(mainClasses());
    }

    @Test
    void modelImportsNothingButExceptions() {
        modelImportsOnlyExceptions(MODEL).check(mainClasses());
    }

    @Test
    void adaptersOpenRunsOnlyThroughTheOneCall() {
        adaptersOpenRunsOnlyThroughRuns(ADAPTERS).check(mainClasses());
    }

    @Test
    void nothingOutsideTheFitsPackageParsesCards() {
        onlyTheFitsPackageParsesCards(allBut("io.github.hipercam.fits..")).check(mainClasses());
    }

    @Test
    void eachRuleCatchesAClassThatBreaksIt() {
        assertTrue(coreIsFreeOfImageJ("io.github.hipercam.archfixture").evaluate(fixture(CoreClassUsingImageJ.class))
                .hasViolation(), "a core class that uses ij.*");
        assertTrue(formatsDoNotImportByteSources("io.github.hipercam.archfixture.format..")
                .evaluate(fixture(FormatReadingAFile.class)).hasViolation(), "a format that opens files");
        assertTrue(byteSourcesDoNotImportFormats("io.github.hipercam.archfixture.bytes..")
                .evaluate(fixture(ByteSourceDecoding.class)).hasViolation(), "a byte source that knows a format");
        assertTrue(modelImportsOnlyExceptions("io.github.hipercam.archfixture.model..")
                .evaluate(fixture(ModelUsingSpool.class)).hasViolation(), "a model class that uses spooling");
        assertTrue(adaptersOpenRunsOnlyThroughRuns("io.github.hipercam.archfixture.adapter..")
                .evaluate(fixture(CommandWithItsOwnSpool.class)).hasViolation(), "an adapter with its own spool");
        assertTrue(onlyTheFitsPackageParsesCards("io.github.hipercam.archfixture.cards..")
                .evaluate(fixture(CardParser.class)).hasViolation(), "a class that parses a card by hand");
    }

    @Test
    void rulesPassCleanClasses() {
        JavaClasses clean = fixture(io.github.hipercam.model.Winhead.class);
        assertFalse(coreIsFreeOfImageJ(CORE).evaluate(clean).hasViolation());
        assertFalse(modelImportsOnlyExceptions(MODEL).evaluate(clean).hasViolation());
    }
}
