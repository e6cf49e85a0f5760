package dev.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.server.store.StoredArticle;

/**
 * A stored article as the JSON that {@code GET /api/articles/{id}} answers. The library's JSON codec for
 * documents will write this instead; until then this is the one place that does.
 */
final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  static String write(StoredArticle a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("source", a.source());
    o.put("author", a.author());
    o.put("language", a.language());
    o.put("date", a.published() == null ? null : a.published().toString());
    o.put("received", a.received().toString());
    o.put("content_hash", a.contentHash());
    o.put("raw_type", a.rawType());
    if (a.feedId() == null) {
      o.putNull("feed");
    } else {
      o.put("feed", a.feedId());
    }
    o.put("text", a.text());
    return o.toString();
  }
}
