package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.eval.Preset;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Antecedents;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Introductions;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.util.List;
import java.util.Locale;

/**
 * A journalist's read, counted: summary sentences that depend on something the summary has not introduced, as
 * the library tells them ({@link Antecedents#dangles}): a printed sentence counts when it opens with a word that
 * points back ("He", "They", "But", "This", ..., "The Americans in question") and no sentence printed before it
 * in the summary is one of the two sentences its own article puts just before it (where the antecedent would be).
 * Counted apart: sentences that name a person by the surname alone ("Blair said") whom no sentence printed before
 * them introduces with a full name ("Prime Minister Tony Blair"), as the library tells them ({@link
 * Introductions#dangles}).
 *
 * <pre>
 * DanglingCount --dataset FILE --preset duc|multinews|tac [--n N] ALGORITHM...
 * </pre>
 */
public final class DanglingCount {
  private DanglingCount() {}

  public static void main(String[] args) throws Exception {
    String dataset = null;
    Preset preset = Preset.MULTINEWS;
    int n = 0;
    List<String> algorithms = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> dataset = args[++i];
        case "--preset" -> preset = Preset.of(args[++i]);
        case "--n" -> n = Integer.parseInt(args[++i]);
        default -> algorithms.add(args[i]);
      }
    }
    Precis precis = new Precis();
    for (String name : algorithms) {
      Summarizer summarizer = Summarizers.get(name);
      int stories = 0;
      int sentences = 0;
      int dangling = 0;
      int opening = 0;
      int unintroduced = 0;
      int unintroducedOpening = 0;
      try (StoryStream stream = new StoryReader(m -> { }).open(List.of(dataset))) {
        while (stream.hasNext() && (n <= 0 || stories < n)) {
          Story story = stream.next();
          AnalyzedStory analyzed = precis.analyze(story);
          Summary summary = precis.summarize(analyzed, summarizer, Budget.words(preset.words(story)));
          List<Integer> printed = summary.sentences().stream().map(SummarySentence::sentence).toList();
          Introductions people = Introductions.of(analyzed);
          for (int i = 0; i < printed.size(); i++) {
            if (Antecedents.dangles(analyzed, printed, i)) {
              dangling++;
              opening += i == 0 ? 1 : 0;
            }
            if (people.dangles(printed, i)) {
              unintroduced++;
              unintroducedOpening += i == 0 ? 1 : 0;
            }
          }
          sentences += printed.size();
          stories++;
        }
      }
      System.out.printf(Locale.ROOT, "%s %s: %d stories, %d sentences, %d dangling (%.1f%%), %d summaries open with one;"
          + " %d name someone not introduced (%.1f%%), %d summaries open with one%n",
          dataset.replaceAll(".*/", ""), name, stories, sentences, dangling, 100.0 * dangling / Math.max(1, sentences),
          opening, unintroduced, 100.0 * unintroduced / Math.max(1, sentences), unintroducedOpening);
    }
  }
}
