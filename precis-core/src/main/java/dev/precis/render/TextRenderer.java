package dev.precis.render;

import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain text: for each story a heading line, the summary as one paragraph with the sources of each sentence
 * after it in compact form ({@code [1,3]}), and the numbered list of the story's articles.
 *
 * <pre>
 * harbour-bridge (6 articles; lead, 142 words)
 *
 * The central span ... city centre. [1,2] Emergency crews ... officials said. [1,2]
 *
 * Sources:
 * [1] Swing bridge span collapses ... — Meridian Wire Service, 2026-03-10 10:15 (01-meridian-wire) <https://...>
 * </pre>
 */
public final class TextRenderer implements Renderer {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public SummaryWriter open(Writer out) {
    return Sources.blankLineSeparated(out, (summary, budget) -> story(summary));
  }

  private static String story(Summary summary) {
    StringBuilder sb = new StringBuilder();
    List<Document> docs = summary.story().documents();
    sb.append(summary.story().id()).append(" (").append(Sources.plural(docs.size(), "article")).append("; ")
        .append(summary.algorithm()).append(", ").append(Sources.plural(summary.words(), "word")).append(")\n\n");
    if (summary.sentences().isEmpty()) {
      sb.append("(no summary: the articles have no sentences to choose from)\n");
    } else {
      boolean firstSentence = true;
      for (SummarySentence s : summary.sentences()) {
        if (!firstSentence) {
          sb.append(' ');
        }
        firstSentence = false;
        sb.append(Sources.oneLine(s.text())).append(" [")
            .append(Sources.numbers(s).stream().map(String::valueOf).collect(Collectors.joining(",")))
            .append(']');
      }
      sb.append('\n');
    }
    if (!docs.isEmpty()) {
      sb.append("\nSources:\n");
      for (int d = 0; d < docs.size(); d++) {
        Document doc = docs.get(d);
        sb.append('[').append(d + 1).append("] ");
        List<String> parts = new ArrayList<>();
        if (doc.title() != null) {
          parts.add(Sources.oneLine(doc.title()));
        }
        String outlet = Sources.outletAndDate(doc);
        if (outlet != null) {
          parts.add(outlet);
        }
        sb.append(parts.isEmpty() ? doc.id() : String.join(" — ", parts) + " (" + doc.id() + ")");
        if (doc.url() != null) {
          sb.append(" <").append(doc.url()).append('>');
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
