package dev.precis;

import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Stories written for tests: a small hand-made one and generated large ones. */
public final class TestStories {
  private TestStories() {}

  /** The sample story of the repository, examples/harbour-bridge, read as the command line reads it. */
  public static Story harbourBridge() throws InputException {
    Path dir = Path.of("../examples/harbour-bridge"); // tests run in precis-core
    if (!Files.isDirectory(dir)) {
      dir = Path.of("examples/harbour-bridge");
    }
    return new StoryReader(w -> { }).readAll(List.of(dir.toString())).get(0);
  }

  /** Three outlets on an invented ferry grounding; two sentences repeat across outlets. */
  public static Story ferry() {
    String shared = "The ferry Northern Lark ran aground on a sandbank off Kelmor Point early on Sunday.";
    Document a = new Document("wire-1", "Ferry runs aground off Kelmor", "Coastline Wire", null,
        LocalDateTime.parse("2026-05-03T08:00:00"),
        shared + " All 212 passengers were taken off by lifeboats within three hours.\n\n"
            + "Harbour master Teodor Lind said the tide had been unusually low. \"We were lucky with the weather,"
            + "\" Lind said.\n\n"
            + "The operator, Bay Line, said it would inspect the hull once the vessel was refloated.");
    Document b = new Document("paper-2", "Passengers rescued from stranded ferry", "Kelmor Herald", null,
        LocalDateTime.parse("2026-05-03T10:30:00"),
        "The ferry Northern Lark ran aground on a sandbank off Kelmor Point early on Sunday morning.\n\n"
            + "Lifeboat crews from two stations brought the passengers ashore, where buses waited to take them "
            + "to the town hall.\n\n"
            + "Bay Line said it would inspect the hull once the vessel was refloated.\n\n"
            + "Local fishermen said the sandbank had shifted after the winter storms.");
    Document c = new Document("tv-3", null, "Channel Nine", null, LocalDateTime.parse("2026-05-04T07:15:00"),
        "Salvage tugs refloated the Northern Lark on Monday's high tide.\n\n"
            + "The ship was towed to the Kelmor yard, where divers found a dent but no breach in the hull.\n\n"
            + "Bay Line said services on the island route would resume on Thursday.");
    return Story.of("ferry", List.of(a, b, c));
  }

  /**
   * A story of {@code articles} generated articles, each built from sentences drawn with a fixed seed from a
   * small pool of facts plus random filler, so that some sentences repeat across articles and most do not.
   */
  public static Story generated(int articles, long seed) {
    String[] subjects = {"The council", "Engineers", "The mayor", "Residents", "Inspectors", "The operator",
        "Police", "A spokesperson", "Volunteers", "The contractor"};
    String[] verbs = {"reviewed", "questioned", "announced", "delayed", "funded", "inspected", "criticised",
        "approved", "reported", "examined"};
    String[] objects = {"the repair plan", "the new timetable", "the damaged pier", "the flood barrier",
        "the budget request", "the water supply", "the school closures", "the road diversion",
        "the emergency shelter", "the insurance claims"};
    String[] tails = {"on Tuesday", "after a long meeting", "without giving a reason", "for the third time",
        "ahead of the weekend", "despite objections", "in a short statement", "at the town hall"};
    Random random = new Random(seed);
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < articles; d++) {
      StringBuilder text = new StringBuilder();
      int sentences = 6 + random.nextInt(10);
      for (int k = 0; k < sentences; k++) {
        if (k > 0) {
          text.append(k % 3 == 0 ? "\n\n" : " ");
        }
        text.append(subjects[random.nextInt(subjects.length)]).append(' ')
            .append(verbs[random.nextInt(verbs.length)]).append(' ')
            .append(objects[random.nextInt(objects.length)]).append(' ')
            .append(tails[random.nextInt(tails.length)]).append('.');
      }
      docs.add(new Document("gen-" + d, null, "Outlet " + (d % 17), null, null, text.toString()));
    }
    return Story.of("generated-" + articles, docs);
  }
}
