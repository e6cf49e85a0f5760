package dev.precis.server.feed;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An RSS channel's {@code <ttl>} (minutes the feed may be cached), which the feed reader does not report. Read
 * with StAX, without DTDs or external entities, up to the first item; anything unreadable is "no ttl".
 */
final class FeedTtl {
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private FeedTtl() {}

  /** The channel's ttl, or null when it has none (or is not RSS). */
  static Duration of(byte[] feed) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(feed));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (name.equals("item") || name.equals("entry")) {
            return null;
          }
          if (name.equals("ttl") && depth == 3) {
            String t = r.getElementText().strip();
            if (t.matches("\\d{1,7}")) {
              return Duration.ofMinutes(Long.parseLong(t));
            }
            return null;
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
  }
}
