package dev.precis.clean;

import java.util.Locale;

/** Why {@link DebrisCleaner} removed a piece of text. */
public enum Reason {
  /** A photo credit: {@code Photo: Jana Koll / Harbour Gazette}, {@code AFP PHOTO / ...}, {@code Getty Images}. */
  PHOTO_CREDIT,
  /** A picture or video caption: {@code Image caption ...}, a caption line ending in a credit. */
  CAPTION,
  /** Markup remnants: HTML entities and tags, a dangling {@code "/>}, player chrome, shortcodes. */
  MARKUP,
  /** A link to another story: {@code :: Read more ...}, {@code Related: ...}, headline lists, tags. */
  CROSS_LINK,
  /** Self-promotion and page furniture: newsletters, {@code Click here}, {@code Follow us on}, adverts, share buttons. */
  PROMO,
  /** An embedded social-media post: {@code pic.twitter.com/...}, {@code - Name (@handle) July 19, 2018}. */
  SOCIAL_EMBED,
  /** Wire-service and editors' notes: {@code (STORY CAN END HERE ...)}, {@code nn}, {@code ___}, sign-offs, codes. */
  WIRE_NOTE,
  /** A byline or author line, kept as {@link Metadata#author()}. */
  BYLINE,
  /** A dateline, kept as {@link Metadata#dateline()} and {@link Metadata#agency()}. */
  DATELINE,
  /** A publication or update time stamp. */
  TIMESTAMP,
  /** A copyright notice. */
  COPYRIGHT,
  /** A line the outlet repeats across its articles (boilerplate); see {@link DebrisCleaner#cleanOutlet}. */
  REPEATED_LINE;

  /** Lower-case name with hyphens, e.g. {@code photo-credit}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
