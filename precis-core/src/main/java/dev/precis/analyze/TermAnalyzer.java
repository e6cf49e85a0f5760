package dev.precis.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Turns text into stemmed terms with Lucene's analysis chain for one language: standard tokenization, lower
 * casing and the language's normalization and stemmer. Stop words are kept but marked, so that callers can
 * build both content-term vectors and word bigrams from one pass.
 */
public final class TermAnalyzer {
  /** Receives the terms of a text in order. */
  @FunctionalInterface
  public interface Sink {
    void term(String term, boolean stopWord, int start, int end);
  }

  private static final String STOP_TYPE = "<STOP>";
  private static final Map<String, TermAnalyzer> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Analyzer analyzer;

  private TermAnalyzer(String language, CharArraySet stopWords, UnaryOperator<TokenStream> normalize,
      UnaryOperator<TokenStream> stem) {
    this.language = language;
    this.analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = normalize.apply(new LowerCaseFilter(source));
        ts = new PunctuationOnlyFilter(ts);
        ts = new StopMarkFilter(ts, stopWords);
        return new TokenStreamComponents(source, stem.apply(ts));
      }
    };
  }

  /** The analyzer for an ISO 639-1 language code; languages without a stemmer get tokenization only. */
  public static TermAnalyzer forLanguage(String language) {
    String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    return CACHE.computeIfAbsent(lang, TermAnalyzer::create);
  }

  public String language() {
    return language;
  }

  private static TermAnalyzer create(String lang) {
    return switch (lang) {
      case "en" -> new TermAnalyzer(lang, snowballStopSet("english_stop.txt"),
          EnglishPossessiveFilter::new, PorterStemFilter::new);
      case "fr" -> new TermAnalyzer(lang, FrenchAnalyzer.getDefaultStopSet(),
          ts -> new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES), FrenchLightStemFilter::new);
      case "de" -> new TermAnalyzer(lang, GermanAnalyzer.getDefaultStopSet(),
          GermanNormalizationFilter::new, GermanLightStemFilter::new);
      case "es" -> new TermAnalyzer(lang, SpanishAnalyzer.getDefaultStopSet(),
          UnaryOperator.identity(), SpanishLightStemFilter::new);
      case "it" -> new TermAnalyzer(lang, ItalianAnalyzer.getDefaultStopSet(),
          UnaryOperator.identity(), ItalianLightStemFilter::new);
      case "pt" -> new TermAnalyzer(lang, PortugueseAnalyzer.getDefaultStopSet(),
          UnaryOperator.identity(), PortugueseLightStemFilter::new);
      case "ru" -> new TermAnalyzer(lang, RussianAnalyzer.getDefaultStopSet(),
          UnaryOperator.identity(), RussianLightStemFilter::new);
      case "cs" -> new TermAnalyzer(lang, CzechAnalyzer.getDefaultStopSet(),
          UnaryOperator.identity(), CzechStemFilter::new);
      case "el" -> new TermAnalyzer(lang, GreekAnalyzer.getDefaultStopSet(),
          GreekLowerCaseFilter::new, GreekStemFilter::new);
      case "ar" -> new TermAnalyzer(lang, ArabicAnalyzer.getDefaultStopSet(),
          ArabicNormalizationFilter::new, ArabicStemFilter::new);
      case "hi" -> new TermAnalyzer(lang, HindiAnalyzer.getDefaultStopSet(),
          ts -> new HindiNormalizationFilter(new IndicNormalizationFilter(ts)), HindiStemFilter::new);
      case "nl" -> new TermAnalyzer(lang, snowballStopSet("dutch_stop.txt"),
          UnaryOperator.identity(), ts -> new SnowballFilter(ts, "Dutch"));
      default -> new TermAnalyzer(lang, CharArraySet.EMPTY_SET, UnaryOperator.identity(),
          UnaryOperator.identity());
    };
  }

  private static CharArraySet snowballStopSet(String resource) {
    try {
      return WordlistLoader.getSnowballWordSet(
          IOUtils.requireResourceNonNull(SnowballFilter.class.getResourceAsStream(resource), resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's stop list " + resource, e);
    }
  }

  /** Feeds every term of {@code text} to {@code sink}; offsets are relative to {@code text}. */
  public void analyze(String text, Sink sink) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sink.term(term.toString(), STOP_TYPE.equals(type.type()), offset.startOffset(), offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of in-memory text failed", e);
    }
  }

  /** Marks (does not remove) stop words by setting their type. */
  private static final class StopMarkFilter extends TokenFilter {
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    StopMarkFilter(TokenStream in, CharArraySet stopWords) {
      super(in);
      this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (stopWords.contains(term.buffer(), 0, term.length())) {
        type.setType(STOP_TYPE);
      }
      return true;
    }
  }

  /** Drops tokens without a letter or digit (the standard tokenizer keeps some symbols). */
  private static final class PunctuationOnlyFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PunctuationOnlyFilter(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      char[] b = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (Character.isLetterOrDigit(b[i])) {
          return true;
        }
      }
      return false;
    }
  }
}
