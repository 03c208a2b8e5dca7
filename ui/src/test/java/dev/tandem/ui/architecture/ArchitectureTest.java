package dev.tandem.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md, checked on the compiled classes of memory, app and ui:
 * dependencies point one way ({@code ui -> app -> memory}), no two packages depend on each other
 * in a circle, the lower layers use neither JavaFX nor (memory) HTTP, and nothing in the product
 * reaches benchmark code.
 */
@AnalyzeClasses(packages = "dev.tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy("dev.tandem.ui..")
            .layer("app").definedBy("dev.tandem.app..")
            .layer("memory").definedBy("dev.tandem.memory..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("memory").mayOnlyBeAccessedByLayers("app", "ui");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.tandem.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJavaFxBelowUi = noClasses().that().resideInAnyPackage("dev.tandem.memory..", "dev.tandem.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule noHttpInMemory = noClasses().that().resideInAPackage("dev.tandem.memory..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..");

    @ArchTest
    static final ArchRule productWithoutBenchmarks = noClasses().that().resideOutsideOfPackage("dev.tandem.bench..")
            .should().dependOnClassesThat().resideInAPackage("dev.tandem.bench..");
}
