package dev.precis.server.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * HTTP GET as a well-behaved feed reader does it, and the one way the server reaches the network.
 *
 * <ul>
 *   <li>Only {@link AllowedHosts allowed} addresses are contacted, redirect targets included; a redirect
 *       elsewhere, a redirect loop or more than {@link Settings#maxRedirects} hops ends the fetch.
 *   <li>One request at a time per host name (a second one waits for the first).
 *   <li>A connect timeout, a read timeout (the longest silence) and a total time limit; a body cap, checked
 *       against {@code Content-Length} and while reading.
 *   <li>Conditional requests ({@code If-None-Match}, {@code If-Modified-Since}); an identifying
 *       {@code User-Agent}; no proxy, no cache, no compression (so the cap counts what is read).
 * </ul>
 */
public final class PoliteFetcher {
  /**
   * @param userAgent the {@code User-Agent} sent
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout the longest silence while waiting for the answer or its body
   * @param totalTimeout the longest a whole fetch (with redirects) may take
   * @param maxBodyBytes the largest body read
   * @param maxRedirects the most redirects followed
   */
  public record Settings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
      long maxBodyBytes, int maxRedirects) {}

  /**
   * An answer: its status (304 has no body), the address it came from after redirects, some of its headers
   * (lower-case names) and its body.
   */
  public record Response(int status, URI uri, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final Set<String> KEPT_HEADERS = Set.of("etag", "last-modified", "cache-control", "retry-after",
      "content-type", "location");

  private final AllowedHosts allowed;
  private final Settings settings;
  private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();

  public PoliteFetcher(AllowedHosts allowed, Settings settings) {
    this.allowed = allowed;
    this.settings = settings;
  }

  /**
   * Fetches {@code uri}, following redirects to allowed addresses.
   *
   * @param etag the {@code ETag} of the copy held, or null
   * @param lastModified the {@code Last-Modified} of the copy held, or null
   * @throws FetchException when no answer could be had (refused address, redirect trouble, timeout, too big,
   *     network error); an answer with an error status is a {@link Response}, not an exception
   */
  public Response get(URI uri, String etag, String lastModified) throws FetchException {
    long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
    Set<URI> visited = new HashSet<>();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      if (!allowed.allows(current)) {
        throw new FetchException((hop == 0 ? "not a configured address: " : "redirected to an address that is not"
            + " configured: ") + current);
      }
      if (!visited.add(current)) {
        throw new FetchException("redirect loop at " + current);
      }
      Response r = once(current, etag, lastModified, deadline);
      if (!isRedirect(r.status())) {
        return r;
      }
      if (hop >= settings.maxRedirects()) {
        throw new FetchException("more than " + settings.maxRedirects() + " redirects from " + uri);
      }
      String location = r.header("location");
      if (location == null || location.isBlank()) {
        throw new FetchException("redirect without a Location from " + current);
      }
      try {
        current = current.resolve(new URI(location.strip()));
      } catch (URISyntaxException e) {
        throw new FetchException("redirect to a malformed address from " + current + ": " + location);
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private Response once(URI uri, String etag, String lastModified, long deadline) throws FetchException {
    ReentrantLock lock = hostLocks.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new ReentrantLock());
    try {
      long wait = deadline - System.nanoTime();
      if (wait <= 0 || !lock.tryLock(wait, TimeUnit.NANOSECONDS)) {
        throw new FetchException("timed out waiting for another request to " + uri.getHost());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", e);
    }
    HttpURLConnection c = null;
    try {
      c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
      c.setInstanceFollowRedirects(false);
      c.setUseCaches(false);
      c.setConnectTimeout(millis(settings.connectTimeout()));
      c.setReadTimeout(millis(settings.readTimeout()));
      c.setRequestProperty("User-Agent", settings.userAgent());
      c.setRequestProperty("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
          + " text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
      c.setRequestProperty("Accept-Encoding", "identity");
      if (etag != null) {
        c.setRequestProperty("If-None-Match", etag);
      }
      if (lastModified != null) {
        c.setRequestProperty("If-Modified-Since", lastModified);
      }
      int status = c.getResponseCode();
      if (status < 0) {
        throw new FetchException(uri + ": not an HTTP answer");
      }
      Map<String, String> headers = new HashMap<>();
      for (String name : KEPT_HEADERS) {
        String v = c.getHeaderField(name);
        if (v != null) {
          headers.put(name, v);
        }
      }
      byte[] body = new byte[0];
      if (status != 304 && !isRedirect(status)) {
        body = body(c, uri, status, deadline);
      }
      return new Response(status, uri, Map.copyOf(headers), body);
    } catch (SocketTimeoutException e) {
      throw new FetchException(uri + ": timed out (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new FetchException(uri + ": " + describe(e), e);
    } finally {
      if (c != null) {
        c.disconnect();
      }
      lock.unlock();
    }
  }

  private byte[] body(HttpURLConnection c, URI uri, int status, long deadline) throws IOException, FetchException {
    long length = c.getContentLengthLong();
    if (length > settings.maxBodyBytes()) {
      throw new FetchException(uri + ": body of " + length + " bytes is over the limit of "
          + settings.maxBodyBytes());
    }
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (out.size() + n > settings.maxBodyBytes()) {
          throw new FetchException(uri + ": body over the limit of " + settings.maxBodyBytes() + " bytes");
        }
        out.write(buf, 0, n);
        if (System.nanoTime() > deadline) {
          throw new FetchException(uri + ": took longer than " + settings.totalTimeout().toSeconds() + " s");
        }
      }
      return out.toByteArray();
    }
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    String what = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? what : what + ": " + m;
  }
}
