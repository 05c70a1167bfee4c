package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.config.ServerLimits;
import org.mcmock.schema.SchemaCatalog;

/**
 * Clients that send or read at a trickle, against a mock with small limits (headers within 300 ms, bodies and
 * answers at 512 bytes/s at least, 24 threads) so that each mechanism shows in a second. Without them, a client
 * sending headers a byte at a time kept its connection forever, and 20 sending bodies at a byte a second held
 * every request thread while a normal request waited.
 */
class SlowClientsTest {

  private static final Duration HEADER_TIMEOUT = Duration.ofMillis(300);
  private static MediaCollectionMock mcmock;
  private static MockBackend mock;
  private static final ExecutorService clients = Executors.newCachedThreadPool();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startMockWithSmallLimits() {
    ServerLimits limits = new ServerLimits(HEADER_TIMEOUT, Duration.ofSeconds(2), 512, 512, 128, 24,
        Duration.ZERO);
    mcmock = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults(), SchemaCatalog.bundled(),
        limits);
    mock = MockBackend.at(mcmock.baseUrl());
  }

  @AfterAll
  static void stop() {
    clients.shutdownNow();
    mcmock.close();
  }

  @Test
  void aClientTricklingItsHeadersGets408AndIsCutWithinOneAndAHalfHeaderTimeouts() throws Exception {
    byte[] head = ("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        .repeat(20)).getBytes(ISO_8859_1);

    Trickle trickle = trickle(head, 0, 20);

    assertThat(trickle.answer()).as("what a client trickling its headers a byte every 20 ms gets")
        .startsWith("HTTP/1.1 408").contains("application/json", "headers took longer than 300 ms");
    assertThat(trickle.millis()).as("ms until the connection was cut").isLessThan(1_000);
  }

  @Test
  void aClientTricklingItsBodyGets408ForTheMinimumDataRate() throws Exception {
    String head = "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: 2000\r\n\r\n";

    Trickle trickle = trickle(head.getBytes(ISO_8859_1), head.length(), 100);

    assertThat(trickle.answer()).as("what a client sending its body a byte every 100 ms gets")
        .startsWith("HTTP/1.1 408").contains("application/json", "arrived too slowly");
    assertThat(trickle.millis()).as("ms until the connection was cut").isLessThan(2_000);
  }

  @Test
  void fortySlowClientsDoNotDelayANormalOne() throws Exception {
    String bodyHead = "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: 2000\r\n\r\n";
    assertThat(startSession()).as("a sessionStart before the slow clients come").isEqualTo(201);
    List<Future<Trickle>> slow = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      slow.add(clients.submit(() -> trickle(bodyHead.getBytes(ISO_8859_1), bodyHead.length(), 200)));
      slow.add(clients.submit(() -> trickle("GET /api/v1/schemas/ping HTTP/1.1\r\n".repeat(50).getBytes(ISO_8859_1),
          0, 200)));
    }

    List<Long> normal = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      assertThat(startSession()).as("a normal sessionStart among slow clients").isEqualTo(201);
      normal.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    assertThat(normal).as("ms each normal sessionStart took while 20 clients trickled bodies and 20 headers")
        .allMatch(ms -> ms < 1_000);
    for (Future<Trickle> client : slow) {
      assertThat(client.get(5, TimeUnit.SECONDS).answer()).as("what each slow client got").startsWith("HTTP/1.1 408");
    }
  }

  /** A normal client: java.net.http, which starts in milliseconds where REST Assured takes seconds. */
  private static int startSession() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/sessions"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Payloads.sessionStart())).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** What a trickling client read, and after how long. */
  record Trickle(String answer, long millis) {}

  /** Sends {@code bytes}, the first {@code atOnce} at once and the rest one by one every {@code everyMillis} ms. */
  private static Trickle trickle(byte[] bytes, int atOnce, long everyMillis) throws IOException {
    URI base = URI.create(mock.baseUrl());
    long start = System.nanoTime();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      // The pace between two bytes is a wait for the mock's answer, so the loop stops at the first byte of it.
      socket.setSoTimeout((int) everyMillis);
      OutputStream out = socket.getOutputStream();
      PushbackInputStream in = new PushbackInputStream(socket.getInputStream(), 1);
      out.write(bytes, 0, atOnce);
      out.flush();
      byte[] padding = " ".repeat(10_000).getBytes(UTF_8);
      long giveUp = start + TimeUnit.SECONDS.toNanos(5);
      for (int i = atOnce; i < bytes.length + padding.length && System.nanoTime() < giveUp; i++) {
        try {
          out.write(i < bytes.length ? bytes[i] : padding[i - bytes.length]);
          out.flush();
        } catch (IOException closed) {
          break;
        }
        if (answered(in)) {
          break;
        }
      }
      socket.setSoTimeout(5_000);
      String answer = new String(readRest(in), ISO_8859_1);
      return new Trickle(answer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
  }

  private static byte[] readRest(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException reset) {
      return new byte[0];
    }
  }

  /** Waits one pace for the mock's answer: true once it has begun (or the mock closed), the byte kept for reading. */
  private static boolean answered(PushbackInputStream in) throws IOException {
    try {
      int first = in.read();
      if (first >= 0) {
        in.unread(first);
      }
      return true;
    } catch (SocketTimeoutException nothingYet) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }
}
