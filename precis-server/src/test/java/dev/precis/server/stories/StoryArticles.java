package dev.precis.server.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Document;
import java.time.LocalDateTime;
import java.util.List;

/** Articles of two invented stories, written for these tests, and how to post them. */
final class StoryArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryArticles() {}

  static Document doc(String id, String title, String outlet, String date, String text) {
    return new Document(id, title, outlet, "https://" + outlet.toLowerCase().replaceAll("[^a-z]", "") + ".example/"
        + id, LocalDateTime.parse(date), text);
  }

  /** A landslide on a mountain railway, told by four outlets. */
  static final List<Document> RAILWAY = List.of(
      doc("rail-1", "Landslide cuts Varrow mountain railway", "Upland Courier", "2026-04-01T08:00:00",
          "A landslide buried the Varrow mountain railway near Kessel tunnel early on Wednesday, stopping all"
              + " trains between Varrow and Lindmoor.\n\nNo train was on the line when the slope gave way, the"
              + " railway company said.\n\nEngineers expect the clearance of the track near Kessel tunnel to take"
              + " at least a week."),
      doc("rail-2", "Varrow line closed after slide", "Lindmoor Evening Post", "2026-04-01T11:30:00",
          "A landslide buried the Varrow mountain railway near Kessel tunnel on Wednesday morning, stopping all"
              + " trains between Varrow and Lindmoor.\n\nReplacement buses will run every hour from Lindmoor"
              + " station, the operator said.\n\nHeavy rain had soaked the slope above Kessel tunnel for three"
              + " days."),
      doc("rail-3", "Buses replace trains on Varrow railway", "Valley Radio", "2026-04-01T15:00:00",
          "Buses are replacing trains on the Varrow mountain railway after a landslide near Kessel tunnel.\n\n"
              + "Geologists from the regional survey climbed the slope above Kessel tunnel to check whether more"
              + " rock could fall.\n\nThe railway company said ticket holders would get refunds."),
      doc("rail-4", "Varrow railway to reopen on Monday", "Upland Courier", "2026-04-03T09:00:00",
          "The Varrow mountain railway will reopen on Monday after crews cleared the landslide near Kessel"
              + " tunnel faster than expected.\n\nA steel net will be fixed to the slope above Kessel tunnel over"
              + " the summer, the railway company said.\n\nThe geologists of the regional survey found no sign of"
              + " further movement on the Varrow slope."));

  /** A brewery's export contract, told by three outlets. */
  static final List<Document> BREWERY = List.of(
      doc("brew-1", "Osselby brewery wins export deal", "Harbour Business Daily", "2026-04-01T09:00:00",
          "The Osselby brewery Tamsin & Vole has signed a contract to export its dark ale to twelve countries,"
              + " the company said on Wednesday.\n\nThe deal will double the output of the Osselby brewhouse by"
              + " next spring.\n\nOwner Tamsin Ruell said forty new jobs would be created at the brewhouse."),
      doc("brew-2", "Forty jobs in Osselby as brewery grows", "Osselby Gazette", "2026-04-01T12:00:00",
          "Tamsin & Vole, the Osselby brewery, will hire forty people after signing a contract to export its"
              + " dark ale to twelve countries.\n\nThe brewhouse on Mill Lane will get two new copper kettles in"
              + " the autumn.\n\nOwner Tamsin Ruell said the dark ale recipe had not changed since 1962."),
      doc("brew-3", "Dark ale export contract for Tamsin & Vole", "Coastal Trade Weekly", "2026-04-02T10:00:00",
          "Tamsin & Vole has signed a contract to export its Osselby dark ale to twelve countries, starting in"
              + " June.\n\nThe first containers will leave the port of Osselby in June, the brewery said.\n\n"
              + "Brewers in the region welcomed the deal for the Osselby brewhouse."));

  /** The documents as a JSON list, as {@code POST /api/articles} takes a batch. */
  static String json(List<Document> docs) {
    ArrayNode list = JSON.createArrayNode();
    for (Document d : docs) {
      ObjectNode o = list.addObject();
      o.put("id", d.id());
      o.put("title", d.title());
      o.put("source", d.source());
      o.put("url", d.url());
      o.put("date", d.date().toString());
      o.put("text", d.text());
    }
    return list.toString();
  }
}
