package dev.precis.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term strings and ids of one story. Stop words and content words never share an id. */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> stopIds = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private final List<Boolean> stop = new ArrayList<>();

  int id(String term, boolean stopWord) {
    Map<String, Integer> map = stopWord ? stopIds : ids;
    Integer id = map.get(term);
    if (id == null) {
      id = terms.size();
      map.put(term, id);
      terms.add(term);
      stop.add(stopWord);
    }
    return id;
  }

  public int size() {
    return terms.size();
  }

  public String term(int id) {
    return terms.get(id);
  }

  public boolean isStopWord(int id) {
    return stop.get(id);
  }

  /** The id of a content term, or -1. */
  public int contentId(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }
}
