package org.pyvm.conformance.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks pyvm against every rule of ARCHITECTURE.md, and shows each rule failing on a broken fixture. */
class ArchitectureTest {
    private static JavaClasses pyvm;
    private static JavaClasses fixture;

    private static final ArchitectureRules FIXTURE = new ArchitectureRules(
            "org.pyvm.conformance.arch.fixture.spi", "org.pyvm.conformance.arch.fixture.core",
            "org.pyvm.conformance.arch.fixture.pack", "org.pyvm.conformance.arch.fixture.cli",
            "org.pyvm.conformance.arch.fixture.none");

    @BeforeAll
    static void importClasses() {
        pyvm = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pyvm");
        fixture = new ClassFileImporter().importPackages("org.pyvm.conformance.arch.fixture");
    }

    @Test
    void theProductionClassesAreAllImported() {
        // Guards against a rule passing because nothing was imported.
        for (String pkg : new String[] {"org.pyvm.spi", "org.pyvm.core", "org.pyvm.pack.py27", "org.pyvm.pack.py36",
            "org.pyvm.pack.py311", "org.pyvm.cli"}) {
            assertTrue(pyvm.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no classes imported from " + pkg);
        }
    }

    @TestFactory
    Stream<DynamicTest> pyvmKeepsEveryRule() {
        return Arrays.stream(ArchitectureRules.PYVM.all())
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(pyvm)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnTheBrokenFixture() {
        return Arrays.stream(FIXTURE.all()).map(rule -> DynamicTest.dynamicTest("fails: " + rule.getDescription(), () -> {
            EvaluationResult result = rule.evaluate(fixture);
            assertTrue(result.hasViolation(), "the rule found no violation in the broken fixture: " + rule.getDescription());
        }));
    }

    @Test
    void theFixtureIsNotPartOfPyvm() {
        ArchRule rule = ArchitectureRules.PYVM.coreNeverTouchesProcessStreamsOrExit();
        assertFalse(rule.evaluate(pyvm).hasViolation());
    }
}
