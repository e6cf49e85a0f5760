package dev.precis.clean;

/**
 * What {@link DebrisCleaner} learned from the byline and dateline it removed. Every field is null when not found.
 *
 * @param author the author(s) from the byline, e.g. {@code "Jane Doe"} or {@code "Kelly Shaw and Andy Price"}
 *     (all-capitals names are title-cased); failing a byline, the reporter of a wire sign-off such as
 *     {@code (Reporting by Tavi Lund; ...)}
 * @param dateline the place of the dateline as written, e.g. {@code "WASHINGTON"} or {@code "GRANTHOLM, Norrland"}
 * @param datelineDate the date of the dateline as written, e.g. {@code "March 10"}, or null when it has none
 * @param agency the news agency named in the dateline, e.g. {@code "AP"}, {@code "Reuters"}, {@code "Meridian"}
 */
public record Metadata(String author, String dateline, String datelineDate, String agency) {
  /** No byline, no dateline. */
  public static final Metadata NONE = new Metadata(null, null, null, null);

  /** True when nothing was found. */
  public boolean isEmpty() {
    return author == null && dateline == null && datelineDate == null && agency == null;
  }
}
