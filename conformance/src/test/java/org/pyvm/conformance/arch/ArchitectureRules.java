package org.pyvm.conformance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of ARCHITECTURE.md, written over package roots so that the same rules can
 * be checked against pyvm ({@link #PYVM}) and against a deliberately broken fixture, which proves
 * that each rule can fail.
 *
 * @param spi  root package of the spi module
 * @param core root package of vm-core
 * @param packs root package holding one sub-package per opcode pack
 * @param cli  root package of the command
 * @param conformance root package of the conformance suite
 */
record ArchitectureRules(String spi, String core, String packs, String cli, String conformance) {

    static final ArchitectureRules PYVM = new ArchitectureRules(
            "org.pyvm.spi", "org.pyvm.core", "org.pyvm.pack", "org.pyvm.cli", "org.pyvm.conformance");

    /** spi depends on no other module (JDK and Jackson only). */
    ArchRule spiDependsOnNoModule() {
        return noClasses().that().resideInAPackage(spi + "..")
                .should().dependOnClassesThat().resideInAnyPackage(core + "..", packs + "..", cli + "..", conformance + "..")
                .as("spi depends on no other module");
    }

    /** vm-core never depends on a pack, the command or the conformance suite. */
    ArchRule coreDependsOnNoPackCliOrConformance() {
        return noClasses().that().resideInAPackage(core + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packs + "..", cli + "..", conformance + "..")
                .as("vm-core never depends on a pack, cli or conformance");
    }

    /** A pack depends on spi alone: not on vm-core, the command, or another pack. */
    ArchRule packsDependOnSpiAlone() {
        return noClasses().that().resideInAPackage(packs + "..")
                .should().dependOnClassesThat().resideInAnyPackage(core + "..", cli + "..", conformance + "..")
                .as("a pack never depends on vm-core or cli");
    }

    /** No pack depends on another pack. */
    ArchRule packsAreIndependent() {
        return slices().matching(packs + ".(*)..").should().notDependOnEachOther()
                .as("a pack never depends on another pack");
    }

    /** No package cycles inside vm-core. */
    ArchRule coreHasNoPackageCycles() {
        return slices().matching(core + ".(**)").should().beFreeOfCycles()
                .as("no package cycles inside vm-core");
    }

    /** vm-core is embedded: its output and exit go through the host, never System.out/err or System.exit. */
    ArchRule coreNeverTouchesProcessStreamsOrExit() {
        return noClasses().that().resideInAPackage(core + "..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .as("nothing in vm-core writes to System.out/System.err or calls System.exit");
    }

    ArchRule[] all() {
        return new ArchRule[] {
            spiDependsOnNoModule(), coreDependsOnNoPackCliOrConformance(), packsDependOnSpiAlone(),
            packsAreIndependent(), coreHasNoPackageCycles(), coreNeverTouchesProcessStreamsOrExit()
        };
    }
}
