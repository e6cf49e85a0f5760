package dev.precis.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class SourceMarkupTest {
  private static final Pattern TAG = Pattern.compile("<(/?)span[^>]*>");

  @Test
  void nestedAndCrossingPassagesAreSplitIntoWellFormedFragments() {
    String text = "Alpha beta gamma delta epsilon.";
    SourceMarkup m = new SourceMarkup(0, 0, text);
    String outer = m.mark(0, 31, SourceMarkup.Kind.STATEMENT);
    String inner = m.mark(6, 16, SourceMarkup.Kind.QUOTE);
    String crossing = m.mark(11, 23, SourceMarkup.Kind.CITE);
    assertThat(m.mark(11, 23, SourceMarkup.Kind.CONFLICT)).isEqualTo(crossing);
    assertThat(outer).isEqualTo("s0-d0-0-31");
    String html = m.html();
    assertWellFormed(html);
    assertThat(html).isEqualTo("<span class=\"m m-statement\" id=\"s0-d0-0-31\" data-k=\"s0-d0-0-31\">Alpha "
        + "<span class=\"m m-quote\" id=\"s0-d0-6-16\" data-k=\"s0-d0-6-16\">beta "
        + "<span class=\"m m-cite m-conflict\" id=\"s0-d0-11-23\" data-k=\"s0-d0-11-23\">gamma</span></span>"
        + "<span class=\"m m-cite m-conflict\" data-k=\"s0-d0-11-23\"> delta </span>epsilon.</span>");
    assertThat(inner).isEqualTo("s0-d0-6-16");
  }

  @Test
  void emptyAndOutOfRangePassagesAreNotMarked() {
    SourceMarkup m = new SourceMarkup(1, 2, "short & <sweet>");
    assertThat(m.mark(3, 3, SourceMarkup.Kind.CITE)).isNull();
    assertThat(m.mark(5, 99, SourceMarkup.Kind.CITE)).isNull();
    assertThat(m.mark(-1, 2, SourceMarkup.Kind.CITE)).isNull();
    assertThat(m.html()).isEqualTo("short &amp; &lt;sweet&gt;");
  }

  @Test
  void randomPassagesKeepTheTextAndEachPassageIsItsFragments() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sb.append("ab <&>\"'\n".charAt(random.nextInt(9)));
      }
      String text = sb.toString();
      SourceMarkup m = new SourceMarkup(0, 0, text);
      Map<String, String> passages = new LinkedHashMap<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        int a = random.nextInt(length + 1);
        int b = random.nextInt(length + 1);
        String key = m.mark(Math.min(a, b), Math.max(a, b), SourceMarkup.Kind.values()[random.nextInt(5)]);
        if (key != null) {
          passages.put(key, text.substring(Math.min(a, b), Math.max(a, b)));
        }
      }
      String html = m.html();
      assertWellFormed(html);
      org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment("<div id=t>" + html + "</div>");
      assertThat(doc.getElementById("t").wholeText()).isEqualTo(text);
      for (Map.Entry<String, String> p : passages.entrySet()) {
        Elements fragments = doc.select("span[data-k=" + p.getKey() + "]");
        assertThat(fragments.first().id()).isEqualTo(p.getKey());
        assertThat(doc.select("[id=" + p.getKey() + "]")).hasSize(1);
        StringBuilder joined = new StringBuilder();
        for (Element f : fragments) {
          joined.append(f.wholeText());
        }
        assertThat(joined.toString()).as(text + " " + p.getKey()).isEqualTo(p.getValue());
      }
    }
  }

  private static void assertWellFormed(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.push(m.group());
      } else {
        assertThat(open).as(html).isNotEmpty();
        open.pop();
      }
    }
    assertThat(open).as(html).isEmpty();
  }
}
