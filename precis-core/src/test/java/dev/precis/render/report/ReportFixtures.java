package dev.precis.render.report;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.entity.EntityKind;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.entity.Person;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.Quote;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.compare.statement.OutletSharing;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.time.TimelineEvent;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Reports for renderer tests: one made by hand (with hostile scraped text), one made by the library. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final Budget BUDGET = Budget.words(40);

  static final String A_TEXT = "The bridge fell on Tuesday. \"We will rebuild,\" Mayor Ann Lee said.\n\n"
      + "Officials said 14 were hurt.";
  /** Scraped text with markup in it, as a careless extractor might leave it. */
  static final String B_TEXT = "The bridge fell on Tuesday, witnesses said. </textarea><script>alert(2)</script>"
      + " Officials said 17 were hurt.\n\n\"We will rebuild,\" said Ann Lee. \"><img src=x onerror=alert(3)>"
      + " It reopens next week.";
  static final String C_TEXT = "Ann Lee | the mayor | spoke & left &amp; <b>bold</b> `code` *stars* "
      + "<a href=\"javascript:alert(4)\">click</a> <!-- c --> ]]> <style>body{}</style>";

  static final String EVIL_ID = "b-<evil id=\"x\">";

  /** The span of {@code part} in {@code text}, which must hold it. */
  static Span span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException(part + " not in " + text);
    }
    return new Span(at, at + part.length());
  }

  static Citation cite(Story story, int d, String part) {
    Document doc = story.documents().get(d);
    Span s = span(doc.text(), part);
    return new Citation(doc.id(), d, s.start(), s.end());
  }

  static Story story() {
    Document a = new Document("a-wire", "Bridge falls", "Wire", "https://wire.example/a?x=1&y=2",
        LocalDateTime.parse("2026-03-10T10:15:00"), A_TEXT);
    Document b = new Document(EVIL_ID, "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)", null, B_TEXT);
    Document c = new Document("c-blog", null, null, " HTTP://blog.example/c?q=\"x\" onmouseover=\"alert(5)",
        LocalDateTime.parse("2026-03-11T00:00:00"), C_TEXT);
    return Story.of("bridge <i>", List.of(a, b, c));
  }

  /** Every section filled; document 1 is hostile. */
  static StoryReport handMade() {
    Story story = story();
    SummarySentence first = new SummarySentence("The bridge fell on Tuesday.", 0, 0.75,
        List.of(cite(story, 0, "The bridge fell on Tuesday."),
            cite(story, 1, "The bridge fell on Tuesday, witnesses said.")));
    SummarySentence second = new SummarySentence("</textarea><script>alert(2)</script> Officials said 17 were hurt.",
        3, 0.5, List.of(cite(story, 1, "</textarea><script>alert(2)</script> Officials said 17 were hurt.")));
    Summary summary = new Summary(story, "hand", List.of(first, second));

    Quote qa = new Quote("We will rebuild", span(A_TEXT, "We will rebuild"), 0, "Ann Lee", span(A_TEXT, "Ann Lee"));
    Quote qb = new Quote("We will rebuild", span(B_TEXT, "We will rebuild"), 1, "Ann Lee", span(B_TEXT, "Ann Lee"));
    Quote qEvil = new Quote("\"><img src=x onerror=alert(3)>", span(B_TEXT, "\"><img src=x onerror=alert(3)>"), 1,
        null, null);
    Quotations quotations = new Quotations(List.of(qa, qb, qEvil),
        List.of(new QuoteGroup("We will rebuild", List.of(qa, qb)), new QuoteGroup(qEvil.text(), List.of(qEvil))),
        List.of(new Person("Ann Lee", false, List.of("Mayor"), 'F', List.of("Ann Lee", "Mayor Ann Lee"))));

    Conflict number = new Conflict(Conflict.Kind.NUMBER, List.of(
        new Claim("Officials said 14 were hurt.", 0, span(A_TEXT, "Officials said 14 were hurt."), "14"),
        new Claim("Officials said 17 were hurt.", 1, span(B_TEXT, "Officials said 17 were hurt."), "<17>")));

    Statement corroborated = new Statement("The bridge fell on Tuesday.", 0, 0,
        span(A_TEXT, "The bridge fell on Tuesday."), List.of(0, 1), 2, true);
    Statement onlyB = new Statement("</textarea><script>alert(2)</script> Officials said 17 were hurt.", 3, 1,
        span(B_TEXT, "</textarea><script>alert(2)</script> Officials said 17 were hurt."), List.of(1), 1, false);
    Statement onlyC = new Statement(C_TEXT, 5, 2, new Span(0, C_TEXT.length()), List.of(2), 1, false);

    List<EntityMentions> entities = List.of(
        new EntityMentions("Ann Lee", EntityKind.PERSON, Map.of(0, 1, 1, 1, 2, 1), 3),
        new EntityMentions("<b>Wire</b> & Co", EntityKind.ORGANISATION, Map.of(1, 2), 2),
        new EntityMentions("Kestrel | Mouth", EntityKind.PLACE, Map.of(0, 1), 1));

    List<TimelineEvent> timeline = List.of(
        new TimelineEvent(LocalDate.parse("2026-03-10"), "on Tuesday", true, true, "The bridge fell on Tuesday.", 0,
            span(A_TEXT, "The bridge fell on Tuesday.")),
        new TimelineEvent(null, "next week <soon>", true, false, "It reopens next week.", 1,
            span(B_TEXT, "It reopens next week.")));

    OutletSharing sharing = new OutletSharing(new double[][] {
        {1.0, 0.5, 0.0}, {0.25, 1.0, Double.NaN}, {0.0, 0.0, 1.0}});

    CrossSourceReport report = new CrossSourceReport(quotations, List.of(number), List.of(corroborated),
        Map.of(1, List.of(onlyB), 2, List.of(onlyC)), entities, timeline, sharing);
    return new StoryReport(summary, BUDGET, report);
  }

  /** The ferry test story through the whole pipeline with the lead baseline. */
  static StoryReport ferry() {
    return new Precis().report(TestStories.ferry(), Summarizers.get("lead"), BUDGET);
  }
}
