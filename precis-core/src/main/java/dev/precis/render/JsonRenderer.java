package dev.precis.render;

import dev.precis.json.PrecisJson;
import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON, written as a stream by the codec ({@link PrecisJson}, form {@link PrecisJson.Form#PRINTED}): the schema is
 * in {@code docs/json-schema.md}. The whole output is one object, whatever the number of stories:
 *
 * <pre>
 * {"stories": [
 *   {"id": "harbour-bridge", "algorithm": "lead", "budget": {"unit": "words", "limit": 150},
 *    "documents": [{"id": "01-meridian-wire", "title": "...", "source": "...", "url": "...",
 *                   "date": "2026-03-10T10:15:00", "text": "..."}],
 *    "summary": {"words": 142, "sentences": [
 *      {"text": "...", "score": 1.0,
 *       "citations": [{"document": "01-meridian-wire", "start": 36, "end": 211}],
 *       "printed": [{"document": "01-meridian-wire", "start": 36, "end": 211}]}]}}]}
 * </pre>
 */
public final class JsonRenderer implements Renderer {
  private final boolean pretty;

  /** Indented output. */
  public JsonRenderer() {
    this(true);
  }

  /** @param pretty indented output when true, one line when false */
  public JsonRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public SummaryWriter open(Writer out) throws IOException {
    PrecisJson.Output json = PrecisJson.open(out, pretty, PrecisJson.Form.PRINTED);
    return new SummaryWriter() {
      @Override
      public void write(Summary summary, Budget budget) throws IOException {
        json.write(summary, budget);
      }

      @Override
      public void close() throws IOException {
        json.close();
      }
    };
  }
}
