package dev.precis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.scan.ReportUserFixture;
import dev.precis.model.FacadeUserFixture;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow of the library as rules on its compiled classes. Stages come in this order, each may use only
 * the ones before it, and stages of one rank do not use each other:
 *
 * <pre>
 * model, lang &lt;- ingest, clean, text &lt;- analyze &lt;- cluster &lt;- summarize &lt;- cite &lt;- compare &lt;- json
 *       &lt;- render &lt;- the facade (dev.precis.Precis) &lt;- eval
 * </pre>
 *
 * No stage uses the facade; the evaluator is a front end of the library like the CLI and goes through it, so
 * {@code eval} sits above it and nothing uses {@code eval}. {@code cluster} (grouping documents into stories)
 * comes after analysis and before selection; it is optional so the rules hold before it exists. {@code json}, the
 * codec of the model and the report, sits under the renderers, whose JSON formats are written by it. No two packages
 * depend on each other, directly or through others. {@code lang} (the language resources) is at the bottom with the
 * model.
 *
 * <p>Inside {@code compare}, the top-level package assembles the report from sub-packages that each find one thing
 * (quotes, conflicts, entities, time, ...): the sub-packages never use the top level, form no cycle among
 * themselves, and {@code compare.scan}, the documents as the analysis reads them, is used by no other stage.
 */
class ArchitectureTest {
  /** The stages from first to last; the packages of one entry are siblings. */
  static final List<List<String>> STAGES = List.of(
      List.of("model", "lang"),
      List.of("ingest", "clean", "text"),
      List.of("analyze"),
      List.of("cluster"),
      List.of("summarize"),
      List.of("cite"),
      List.of("compare"),
      List.of("json"),
      List.of("render"),
      List.of("facade"),
      List.of("eval"));

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.precis");
  }

  /** Every stage, the facade included, may only be used by the stages after it. */
  static LayeredArchitecture stages() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true);
    for (List<String> rank : STAGES) {
      for (String name : rank) {
        layers = name.equals("facade")
            ? layers.layer(name).definedBy("dev.precis")
            : layers.layer(name).definedBy("dev.precis." + name + "..");
      }
    }
    for (int r = 0; r < STAGES.size(); r++) {
      List<String> later = new ArrayList<>();
      for (List<String> rank : STAGES.subList(r + 1, STAGES.size())) {
        later.addAll(rank);
      }
      for (String name : STAGES.get(r)) {
        layers = later.isEmpty() ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
            : layers.whereLayer(name).mayOnlyBeAccessedByLayers(later.toArray(String[]::new));
      }
    }
    return layers;
  }

  /** No cycles between packages, subpackages counted on their own ({@code render} and {@code render.report}). */
  static final ArchRule NO_CYCLES = slices().matching("dev.precis.(**)").should().beFreeOfCycles();

  /** The compare sub-packages, whatever their names; not the top-level package {@code dev.precis.compare}. */
  static final String COMPARE_PARTS = "dev.precis.compare.*..";

  static final ArchRule COMPARE_PARTS_DO_NOT_USE_THE_REPORT = noClasses().that().resideInAPackage(COMPARE_PARTS)
      .should().dependOnClassesThat().resideInAPackage("dev.precis.compare")
      .as("compare sub-packages do not use the top-level compare package");

  static final ArchRule COMPARE_PARTS_ARE_FREE_OF_CYCLES = slices().matching("dev.precis.compare.(*)..")
      .should().beFreeOfCycles().as("compare sub-packages are free of cycles");

  static final ArchRule SCAN_STAYS_IN_COMPARE = noClasses().that().resideOutsideOfPackage("dev.precis.compare..")
      .should().dependOnClassesThat().resideInAPackage("dev.precis.compare.scan..")
      .as("only compare uses compare.scan");

  @Test
  void stagesDependOnlyOnEarlierStages() {
    stages().check(main);
  }

  @Test
  void packagesAreFreeOfCycles() {
    NO_CYCLES.check(main);
  }

  @Test
  void everyStageButClusterHasClasses() {
    for (List<String> rank : STAGES) {
      for (String name : rank) {
        String pkg = name.equals("facade") ? "dev.precis" : "dev.precis." + name;
        assertThat(name.equals("cluster") || main.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
            .as("classes in %s (a renamed stage must be renamed here too)", pkg).isTrue();
      }
    }
  }

  @Test
  void compareSubPackagesDependOnlyOnEachOtherWithoutCycles() {
    assertThat(main.stream().filter(c -> c.getPackageName().startsWith("dev.precis.compare."))
        .map(c -> c.getPackageName()).distinct().count()).as("compare sub-packages").isGreaterThanOrEqualTo(5);
    COMPARE_PARTS_DO_NOT_USE_THE_REPORT.check(main);
    COMPARE_PARTS_ARE_FREE_OF_CYCLES.check(main);
    SCAN_STAYS_IN_COMPARE.check(main);
  }

  @Test
  void theRulesCatchACompareSubPackageThatUsesTheReport() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(CrossSourceReport.class,
        ReportUserFixture.class);
    EvaluationResult result = COMPARE_PARTS_DO_NOT_USE_THE_REPORT.evaluate(withFixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
        .contains(ReportUserFixture.class.getName()).contains(CrossSourceReport.class.getName()));
  }

  @Test
  void theRulesCatchAStageThatCallsTheFacade() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(Precis.class, Story.class,
        FacadeUserFixture.class);
    EvaluationResult result = stages().evaluate(withFixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(
        line -> assertThat(line).contains(FacadeUserFixture.class.getName()).contains(Precis.class.getName()));
  }
}
