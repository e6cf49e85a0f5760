package dev.precis.server.feed;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only addresses the server may contact: the hosts of the configured feeds and any host the configuration
 * adds. An entry names a host and port; an entry given without a port allows the scheme's default ports (80 and
 * 443) only.
 */
public final class AllowedHosts {
  private final Set<String> authorities = ConcurrentHashMap.newKeySet();

  /** Allows the host and port of every address in {@code urls}, and {@code extraHosts} ({@code host[:port]}). */
  public AllowedHosts(Collection<URI> urls, Collection<String> extraHosts) {
    urls.forEach(this::allow);
    for (String h : extraHosts) {
      String t = h.strip().toLowerCase(Locale.ROOT);
      if (t.contains(":")) {
        authorities.add(t);
      } else {
        authorities.add(t + ":80");
        authorities.add(t + ":443");
      }
    }
  }

  /** Allows the host and port of {@code url} too (a feed added while the server runs). */
  public void allow(URI url) {
    authorities.add(key(url));
  }

  /** True when {@code uri} is http(s) on an allowed host and port. */
  public boolean allows(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
        && authorities.contains(key(uri));
  }

  static String key(URI u) {
    int port = u.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
    return (u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
  }
}
