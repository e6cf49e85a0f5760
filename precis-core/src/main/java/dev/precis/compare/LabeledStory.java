package dev.precis.compare;

import dev.precis.compare.conflict.Conflict;
import dev.precis.ingest.TextNormalizer;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A story with gold labels for the cross-source report: the speaker of every quotation, planted contradictions
 * and planted non-contradictions. The file format is described in {@code src/test/resources/report/README.md}:
 *
 * <pre>
 * # comment
 * &#64;story ID
 * &#64;doc ID | SOURCE | 2026-04-16T14:00      (or - for no date)
 * text with quote labels: “We will act,”[[Aron Vidal]] he said.   ([[-]] = nobody named)
 * &#64;conflict NUMBER label                    (or DATE, NAME, QUOTE_SPEAKER)
 *   DOC: "literal anchor text" = SIDE           ("anchor"#2 = second occurrence)
 * &#64;same NUMBER label                        (a planted non-contradiction, same claim lines)
 * </pre>
 *
 * @param story the story with labels removed from the text
 * @param quotes gold quotations, in story order
 * @param conflicts planted contradictions
 * @param same planted non-contradictions
 */
public record LabeledStory(Story story, List<GoldQuote> quotes, List<GoldItem> conflicts, List<GoldItem> same) {
  /**
   * A labeled quotation.
   *
   * @param document index of the document
   * @param end where the label stood: just after the closing quotation mark (or the end of the paragraph)
   * @param speaker the gold speaker, null for "-"
   */
  public record GoldQuote(int document, int end, String speaker) {}

  /**
   * One anchor of a labeled item.
   *
   * @param document index of the document
   * @param anchor the anchor's span in the document text
   * @param anchorText the anchor text
   * @param side claims with equal sides agree
   */
  public record GoldClaim(int document, Span anchor, String anchorText, String side) {}

  /** A planted contradiction or non-contradiction. */
  public record GoldItem(Conflict.Kind kind, String label, List<GoldClaim> claims) {
    public GoldItem {
      claims = List.copyOf(claims);
    }

    /** Number of distinct sides. */
    public long sides() {
      return claims.stream().map(GoldClaim::side).distinct().count();
    }
  }

  public LabeledStory {
    quotes = List.copyOf(quotes);
    conflicts = List.copyOf(conflicts);
    same = List.copyOf(same);
  }

  private static final Pattern LABEL = Pattern.compile("\\[\\[([^\\]]*)\\]\\]");
  private static final Pattern CLAIM = Pattern.compile("^\\s+([^:\\s]+)\\s*:\\s*\"(.*)\"(?:#(\\d+))?\\s*=\\s*(.+?)\\s*$");

  /** Reads every {@code *.story} file of a directory, in name order. */
  public static List<LabeledStory> readDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(".story")).sorted().toList();
      List<LabeledStory> out = new ArrayList<>();
      for (Path p : paths) {
        out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labeled stories in " + dir, e);
    }
  }

  /**
   * Parses one labeled story.
   *
   * @param name file name, for error messages
   * @throws IllegalArgumentException on a malformed line, an unknown document or an anchor that is not in the text
   */
  public static LabeledStory parse(String name, String content) {
    String storyId = null;
    List<String[]> docHeaders = new ArrayList<>();
    List<StringBuilder> bodies = new ArrayList<>();
    List<String[]> itemHeaders = new ArrayList<>(); // kind, label, "conflict"/"same"
    List<List<String>> itemLines = new ArrayList<>();
    int section = 0; // 0 none, 1 doc, 2 item
    String[] lines = content.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = name + ":" + (i + 1);
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@story")) {
        storyId = line.substring(6).trim();
        section = 0;
      } else if (line.startsWith("@doc")) {
        String[] parts = line.substring(4).split("\\|", -1);
        if (parts.length != 3) {
          throw new IllegalArgumentException(where + ": expected @doc ID | SOURCE | DATE");
        }
        docHeaders.add(new String[] {parts[0].trim(), parts[1].trim(), parts[2].trim()});
        bodies.add(new StringBuilder());
        section = 1;
      } else if (line.startsWith("@conflict") || line.startsWith("@same")) {
        boolean conflict = line.startsWith("@conflict");
        String rest = line.substring(conflict ? 9 : 5).trim();
        int sp = rest.indexOf(' ');
        String kind = sp < 0 ? rest : rest.substring(0, sp);
        String label = sp < 0 ? "" : rest.substring(sp + 1).trim();
        try {
          Conflict.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": unknown kind " + kind);
        }
        itemHeaders.add(new String[] {kind, label, conflict ? "conflict" : "same"});
        itemLines.add(new ArrayList<>());
        section = 2;
      } else if (line.startsWith("@")) {
        throw new IllegalArgumentException(where + ": unknown directive " + line);
      } else if (section == 1) {
        bodies.get(bodies.size() - 1).append(line).append('\n');
      } else if (section == 2) {
        if (!line.isBlank()) {
          itemLines.get(itemLines.size() - 1).add(where + "\u0000" + line);
        }
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException(where + ": text outside a document");
      }
    }
    if (storyId == null) {
      throw new IllegalArgumentException(name + ": no @story line");
    }
    List<Document> docs = new ArrayList<>();
    List<GoldQuote> quotes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < docHeaders.size(); d++) {
      String[] h = docHeaders.get(d);
      String raw = TextNormalizer.normalize(bodies.get(d));
      StringBuilder text = new StringBuilder(raw.length());
      Matcher m = LABEL.matcher(raw);
      int last = 0;
      while (m.find()) {
        text.append(raw, last, m.start());
        String speaker = m.group(1).trim();
        quotes.add(new GoldQuote(d, text.length(), speaker.equals("-") ? null : speaker));
        last = m.end();
      }
      text.append(raw, last, raw.length());
      LocalDateTime date = h[2].equals("-") || h[2].isEmpty() ? null : LocalDateTime.parse(h[2]);
      docs.add(new Document(h[0], null, h[1], null, date, text.toString()));
      ids.add(h[0]);
    }
    Story story = Story.of(storyId, docs);
    List<GoldItem> conflicts = new ArrayList<>();
    List<GoldItem> same = new ArrayList<>();
    for (int k = 0; k < itemHeaders.size(); k++) {
      String[] h = itemHeaders.get(k);
      List<GoldClaim> claims = new ArrayList<>();
      for (String entry : itemLines.get(k)) {
        String where = entry.substring(0, entry.indexOf('\u0000'));
        String line = entry.substring(entry.indexOf('\u0000') + 1);
        Matcher m = CLAIM.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException(where + ": expected '  DOC: \"anchor\" = SIDE'");
        }
        int d = ids.indexOf(m.group(1));
        if (d < 0) {
          throw new IllegalArgumentException(where + ": unknown document " + m.group(1));
        }
        String anchor = m.group(2);
        int occurrence = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        String text = docs.get(d).text();
        int at = -1;
        for (int n = 0; n < occurrence; n++) {
          at = text.indexOf(anchor, at + 1);
          if (at < 0) {
            throw new IllegalArgumentException(where + ": anchor not found: " + anchor);
          }
        }
        claims.add(new GoldClaim(d, new Span(at, at + anchor.length()), anchor, m.group(4).toLowerCase(Locale.ROOT)));
      }
      GoldItem item = new GoldItem(Conflict.Kind.valueOf(h[0]), h[1], claims);
      (h[2].equals("conflict") ? conflicts : same).add(item);
    }
    return new LabeledStory(story, quotes, conflicts, same);
  }
}
