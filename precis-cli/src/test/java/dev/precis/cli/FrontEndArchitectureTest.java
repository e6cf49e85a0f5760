package dev.precis.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.clean.StoryCleaner;
import org.junit.jupiter.api.Test;

/**
 * The command line is a front end: it reads input, calls the facade ({@code dev.precis.Precis}) and renders what it
 * returns. The pipeline's inner stages (cleaning, segmenting, analysis, selection, citing, the cross-source
 * analysis) are the facade's business, as they are for the server and the Spark job.
 */
class FrontEndArchitectureTest {
  /** The stages a front end reaches only through the facade. */
  static final DescribedPredicate<JavaClass> PIPELINE = resideInAnyPackage("dev.precis.analyze..",
      "dev.precis.text..", "dev.precis.cite..")
      .or(resideInAPackage("dev.precis.compare..").and(not(simpleNameStartingWith("StoryReport"))))
      .or(resideInAPackage("dev.precis.clean..").and(simpleNameStartingWith("StoryCleaner")
          .or(simpleNameStartingWith("DebrisCleaner"))))
      .or(resideInAPackage("dev.precis.summarize..").and(simpleNameStartingWith("Selection")
          .or(simpleNameStartingWith("ReadingOrder"))))
      .as("a pipeline stage the facade runs");

  static final ArchRule FRONT_ENDS_GO_THROUGH_THE_FACADE = noClasses().that().resideInAPackage("dev.precis.cli..")
      .should().dependOnClassesThat(PIPELINE);

  @Test
  void theCommandLineOnlyCallsThePipelineThroughTheFacade() {
    JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.precis.cli");
    assertThat(cli).isNotEmpty();
    FRONT_ENDS_GO_THROUGH_THE_FACADE.check(cli);
  }

  @Test
  void theRuleSeesAFrontEndThatRunsAStageItself() {
    JavaClasses withStages = new ClassFileImporter().importClasses(RunsStagesItself.class, StoryCleaner.class,
        StoryAnalyzer.class);
    assertThat(FRONT_ENDS_GO_THROUGH_THE_FACADE.evaluate(withStages).hasViolation()).isTrue();
  }

  /** What the rule forbids: a command that builds the pipeline's stages itself. */
  static final class RunsStagesItself {
    Object pipeline() {
      return new StoryAnalyzer(dev.precis.text.Compressor.VERBATIM);
    }
  }
}
