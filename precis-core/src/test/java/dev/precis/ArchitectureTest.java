package dev.precis;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
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
  void theRulesCatchAStageThatCallsTheFacade() {
    JavaClasses withFixture = new ClassFileImporter().importClasses(Precis.class, Story.class,
        FacadeUserFixture.class);
    EvaluationResult result = stages().evaluate(withFixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(
        line -> assertThat(line).contains(FacadeUserFixture.class.getName()).contains(Precis.class.getName()));
  }
}
