package dev.precis.server.web;

import static dev.precis.server.web.FakeStories.doc;

import dev.precis.model.Document;
import java.util.List;

/**
 * Hostile articles written for these tests: markup, event handlers, {@code javascript:} and {@code data:}
 * addresses, SVG and broken markup in titles, outlet names, addresses and text. A payload that ran would set
 * {@code window.pwned}, open a dialog, or ask {@link #TRAP_HOST} (never loopback) for something.
 */
final class XssCorpus {
  static final String TRAP_HOST = "tracker.invalid";

  private XssCorpus() {}

  /** Three articles of one story (so it is shown), every field hostile. */
  static List<Document> articles() {
    return List.of(
        doc("x1", "<script>window.pwned=1;alert('title')</script>Dam gates opened at Brell",
            "<b onmouseover=\"alert('outlet')\">Brell Observer</b>",
            "javascript:alert('url')", "2026-06-01T08:00",
            "Engineers opened the spillway gates of the Brell dam on Sunday after a week of heavy rain."
                + " <img src=\"http://" + TRAP_HOST + "/pixel.gif\" onerror=\"window.pwned=2\"> The reservoir"
                + " stood at 97 percent of its capacity, the water board said. <script>window.pwned=3</script>"
                + " Residents of the lower valley were told to move cars away from the river banks."),
        doc("x2", "\"><svg/onload=alert('svg')>Brell spillway opened as reservoir nears capacity",
            "Valley\"><script src=\"https://" + TRAP_HOST + "/x.js\"></script>Herald",
            "JaVaScRiPt:window.pwned=4", "2026-06-01T09:30",
            "Engineers opened the spillway gates of the Brell dam on Sunday after a week of heavy rain."
                + " <a href=\"javascript:window.pwned=5\">Read more</a> The reservoir stood at 97 percent of its"
                + " capacity, the water board said. <iframe src=\"https://" + TRAP_HOST + "/frame\"></iframe>"
                + " A spokeswoman said the gates would stay open until Wednesday. <svg><script>alert('in"
                + " svg')</script><animate onbegin=\"alert('animate')\" attributeName=\"x\" dur=\"1s\"/></svg>"),
        doc("x3", "</title><style>body{display:none}</style><!-- Brell residents warned",
            "'); alert('quote'); //", "data:text/html,<script>alert('data')</script>", "2026-06-01T11:15",
            "Residents of the lower valley were told to move cars away from the river banks. <math><mi"
                + " xlink:href=\"javascript:alert('math')\">x</mi></math> The water board said the reservoir stood"
                + " at 97 percent of its capacity. <meta http-equiv=\"refresh\" content=\"0;url=https://" + TRAP_HOST
                + "/\"> <link rel=\"stylesheet\" href=\"https://" + TRAP_HOST + "/x.css\"> Farmers near the"
                + " river moved their livestock to higher ground on Sunday evening. </textarea></script><div"
                + " style=\"background:url(https://" + TRAP_HOST + "/bg)\">"));
  }

  /** A feed address whose query holds markup (a valid URI, so the admin page stores and shows it). */
  static final String FEED = "https://feeds.example/rss?title=%22%3E%3Cscript%3Ewindow.pwned%3D6%3C%2Fscript%3E";
}
