package dev.tandem.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks' packages depend on each other in one direction only, as the product's do. */
@AnalyzeClasses(packages = "dev.tandem.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.tandem.(**)").should().beFreeOfCycles();
}
