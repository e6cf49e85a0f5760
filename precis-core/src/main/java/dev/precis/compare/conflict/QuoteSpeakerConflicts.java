package dev.precis.compare.conflict;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.conflict.ContradictionFinder.Found;
import dev.precis.compare.entity.Entities.Entity;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.Quote;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.compare.quote.QuoteGrouper;
import dev.precis.compare.scan.DocumentScan.RawQuote;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One quotation carried by several documents and given to different speakers (see {@link ContradictionFinder}).
 */
final class QuoteSpeakerConflicts {
  private QuoteSpeakerConflicts() {}

  /** The quote-speaker conflicts of a story. */
  static List<Found> find(AnalyzedStory story, QuoteExtractor.Extraction ex) {
    List<Found> out = new ArrayList<>();
    Quotations qs = ex.quotations();
    Map<Quote, RawQuote> raw = new HashMap<>();
    for (int i = 0; i < qs.quotes().size(); i++) {
      raw.put(qs.quotes().get(i), ex.raw().get(i));
    }
    for (QuoteGroup g : qs.groups()) {
      if (g.documents().size() < 2 || QuoteGrouper.words(g.text()).size() < 4) {
        continue;
      }
      // Best attribution per speaker.
      Map<Integer, Integer> confidence = new LinkedHashMap<>();
      for (Quote q : g.quotes()) {
        RawQuote r = raw.get(q);
        if (r.entity >= 0 && QuoteGrouper.words(q.text()).size() >= 2) {
          confidence.merge(r.entity, r.confidence, Math::max);
        }
      }
      List<Integer> speakers = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : confidence.entrySet()) {
        if (e.getValue() >= 2) {
          speakers.add(e.getKey());
        }
      }
      boolean conflict = false;
      for (int i = 0; i < speakers.size(); i++) {
        for (int j = i + 1; j < speakers.size(); j++) {
          Entity a = ex.entities().get(speakers.get(i));
          Entity b = ex.entities().get(speakers.get(j));
          if (a.org == b.org) {
            conflict = true;
          }
        }
      }
      if (!conflict) {
        continue;
      }
      List<Claim> claims = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      List<Integer> sides = new ArrayList<>();
      for (Quote q : g.quotes()) {
        RawQuote r = raw.get(q);
        if (r.entity < 0 || !speakers.contains(r.entity)) {
          continue;
        }
        Span tag = q.speakerSpan() != null && Math.abs(q.speakerSpan().start() - q.span().end()) < 200
            && Math.abs(q.speakerSpan().end() - q.span().start()) < 300 ? q.speakerSpan() : q.span();
        Span from = tag.start() < q.span().start() ? tag : q.span();
        Span to = tag.end() > q.span().end() ? tag : q.span();
        claims.add(ContradictionFinder.claim(story, q.document(), from, to, q.speaker()));
        spans.add(q.span());
        sides.add(speakers.indexOf(r.entity));
      }
      out.add(new Found(new Conflict(Conflict.Kind.QUOTE_SPEAKER, claims), spans, sides));
    }
    return out;
  }

}
