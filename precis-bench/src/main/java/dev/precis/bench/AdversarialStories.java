package dev.precis.bench;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generated inputs that real pages never look like but that a server taking articles from anywhere must survive
 * in near-linear time. Every word is an invented pseudo-word, so nothing here is copied from anywhere, and
 * every input is the same for the same arguments.
 *
 * <ul>
 *   <li>{@link #lowVocabulary}: one article of random sentences drawn from a 60-word vocabulary, so that every
 *       sentence shares words with every other (all-pairs bait for similarity grouping);
 *   <li>{@link #hugeArticle}: one article of random sentences over a large Zipf-distributed vocabulary;
 *   <li>{@link #tinyArticles}: ten thousand articles of one or two short sentences;
 *   <li>{@link #nearDuplicates}: a thousand copies of one article, each with a few words changed, a sentence
 *       dropped and one of its own added (all-pairs bait for wire-copy detection).
 * </ul>
 */
public final class AdversarialStories {
  /** The input names {@link #named} knows, in the order the benchmark runs them. */
  public static final List<String> NAMES = List.of("low-vocabulary", "huge-article", "tiny-articles",
      "near-duplicates");

  private AdversarialStories() {}

  /**
   * The input called {@code name} (one of {@link #NAMES}) at {@code scale} times its benchmark size (1: 30 MB
   * articles, 10,000 tiny articles, 1,000 near-duplicates).
   */
  public static Story named(String name, double scale) {
    return switch (name) {
      case "low-vocabulary" -> lowVocabulary((int) (30_000_000 * scale), 1);
      case "huge-article" -> hugeArticle((int) (30_000_000 * scale), 2);
      case "tiny-articles" -> tinyArticles((int) (10_000 * scale), 3);
      case "near-duplicates" -> nearDuplicates((int) (1_000 * scale), 4);
      default -> throw new IllegalArgumentException("unknown input '" + name + "'; known: " + NAMES);
    };
  }

  /** One article of about {@code chars} characters: random sentences over 60 pseudo-words. */
  public static Story lowVocabulary(int chars, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] vocabulary = words(60, random);
    String text = article(chars, random, () -> vocabulary[random.nextInt(vocabulary.length)]);
    return Story.of("low-vocabulary", List.of(Document.of("low-vocabulary", text)));
  }

  /** One article of about {@code chars} characters over 50,000 pseudo-words with Zipf frequencies. */
  public static Story hugeArticle(int chars, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] vocabulary = words(50_000, random);
    // Zipf (s = 1) by inverting the harmonic CDF, tabulated.
    double[] cumulative = new double[vocabulary.length];
    double sum = 0;
    for (int i = 0; i < vocabulary.length; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    double total = sum;
    String text = article(chars, random, () -> {
      int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
      return vocabulary[Math.min(vocabulary.length - 1, at < 0 ? -at - 1 : at)];
    });
    return Story.of("huge-article", List.of(Document.of("huge-article", text)));
  }

  /** {@code count} articles of one or two sentences of 5 to 12 words over 2,000 pseudo-words. */
  public static Story tinyArticles(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] vocabulary = words(2_000, random);
    List<Document> documents = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(2);
      for (int s = 0; s < sentences; s++) {
        sentence(text, 5 + random.nextInt(8), random, () -> vocabulary[random.nextInt(vocabulary.length)]);
      }
      documents.add(Document.of(String.format(Locale.ROOT, "tiny-%05d", d), text.toString().strip()));
    }
    return Story.of("tiny-articles", documents);
  }

  /**
   * {@code count} near-copies of one article of 40 sentences: in each, about one word in thirty is replaced, one
   * sentence is dropped and one sentence of its own is added at a random place.
   */
  public static Story nearDuplicates(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] vocabulary = words(3_000, random);
    List<List<String>> base = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      List<String> sentence = new ArrayList<>();
      int length = 8 + random.nextInt(18);
      for (int w = 0; w < length; w++) {
        sentence.add(vocabulary[random.nextInt(vocabulary.length)]);
      }
      base.add(sentence);
    }
    List<Document> documents = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      List<List<String>> copy = new ArrayList<>();
      for (List<String> sentence : base) {
        List<String> edited = new ArrayList<>(sentence);
        for (int w = 0; w < edited.size(); w++) {
          if (random.nextInt(30) == 0) {
            edited.set(w, vocabulary[random.nextInt(vocabulary.length)]);
          }
        }
        copy.add(edited);
      }
      copy.remove(random.nextInt(copy.size()));
      List<String> own = new ArrayList<>();
      for (int w = 0, length = 8 + random.nextInt(18); w < length; w++) {
        own.add(vocabulary[random.nextInt(vocabulary.length)]);
      }
      copy.add(random.nextInt(copy.size() + 1), own);
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < copy.size(); s++) {
        List<String> words = copy.get(s);
        int[] at = {0};
        sentence(text, words.size(), random, () -> words.get(at[0]++));
        if (s % 4 == 3) {
          text.append('\n');
        }
      }
      documents.add(Document.of(String.format(Locale.ROOT, "copy-%04d", d), text.toString().strip()));
    }
    return Story.of("near-duplicates", documents);
  }

  /** Random sentences of 6 to 20 words until about {@code chars} characters, a paragraph every 5 sentences. */
  private static String article(int chars, SplittableRandom random, Supplier<String> word) {
    StringBuilder text = new StringBuilder(chars + 200);
    int sentences = 0;
    while (text.length() < chars) {
      sentence(text, 6 + random.nextInt(15), random, word);
      if (++sentences % 5 == 0) {
        text.append('\n');
      }
    }
    return text.toString().strip();
  }

  /** Appends one sentence: capitalized, a comma now and then, a full stop and a space. */
  private static void sentence(StringBuilder text, int words, SplittableRandom random,
      Supplier<String> word) {
    for (int w = 0; w < words; w++) {
      String next = word.get();
      text.append(w == 0 ? Character.toUpperCase(next.charAt(0)) + next.substring(1) : next);
      text.append(w + 1 == words ? ". " : w > 2 && random.nextInt(9) == 0 ? ", " : " ");
    }
  }

  /** {@code n} distinct pseudo-words of two to four consonant-vowel syllables. */
  private static String[] words(int n, SplittableRandom random) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    Set<String> seen = new LinkedHashSet<>();
    while (seen.size() < n) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append(consonants.charAt(random.nextInt(consonants.length())));
        w.append(vowels.charAt(random.nextInt(vowels.length())));
      }
      seen.add(w.toString());
    }
    return seen.toArray(new String[0]);
  }
}
