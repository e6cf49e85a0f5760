package dev.precis.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * XML parsing that never reaches outside the text it is given. A document type declaration in the prolog is
 * removed before parsing (with its internal subset: no entity is ever declared, so none is expanded, and no DTD
 * or external entity is loaded), and the parser is configured to refuse any that is left, to load no external
 * DTD or entity, with JAXP's secure processing limits, an entity resolver that answers every request with
 * nothing, and entity expansion off.
 */
final class SafeXml {
  private SafeXml() {}

  /** A parser configured as described above; not thread-safe, make one per use. */
  static SAXBuilder builder() {
    SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
    b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    b.setFeature("http://xml.org/sax/features/external-general-entities", false);
    b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    b.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    b.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    b.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setExpandEntities(false);
    b.setReuseParser(false);
    return b;
  }

  /** {@code xml} parsed, its DOCTYPE removed first; {@code wrap} may adapt the reader (e.g. fix entities). */
  static Document parse(String xml, java.util.function.UnaryOperator<Reader> wrap) throws JDOMException,
      IOException {
    return builder().build(wrap.apply(new StringReader(withoutDoctype(xml))));
  }

  /** {@code xml} without a document type declaration in its prolog (before the first element). */
  static String withoutDoctype(String xml) {
    int i = 0;
    int n = xml.length();
    while (i < n) {
      char c = xml.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (xml.startsWith("<?", i)) {
        int end = xml.indexOf("?>", i + 2);
        if (end < 0) {
          return xml;
        }
        i = end + 2;
      } else if (xml.startsWith("<!--", i)) {
        int end = xml.indexOf("-->", i + 4);
        if (end < 0) {
          return xml;
        }
        i = end + 3;
      } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = declarationEnd(xml, i + 9);
        if (end < 0) {
          return xml.substring(0, i); // an unterminated declaration: nothing after it is usable
        }
        // Line breaks stay, so that parse errors give the lines of the file.
        String declaration = xml.substring(i, end);
        return xml.substring(0, i) + "\n".repeat((int) declaration.chars().filter(ch -> ch == '\n').count())
            + xml.substring(end);
      } else {
        return xml;
      }
    }
    return xml;
  }

  /** The index after the {@code >} that ends a declaration, skipping quoted strings and the internal subset. */
  static int declarationEnd(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int k = from; k < text.length(); k++) {
      char ch = text.charAt(k);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '[') {
        depth++;
      } else if (ch == ']') {
        depth--;
      } else if (ch == '>' && depth <= 0) {
        return k + 1;
      }
    }
    return -1;
  }
}
