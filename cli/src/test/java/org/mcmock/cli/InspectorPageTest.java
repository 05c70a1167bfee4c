package org.mcmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import picocli.CommandLine;

/**
 * The inspector page and verify's HTML report as a person sees them, in headless Chromium: one browser and one
 * mock (started as {@code mcmock.jar} starts it) for the class. Screenshots go to target/screenshots/.
 */
class InspectorPageTest {

  static final long T0 = 1_700_000_000_000L;
  static final String SESSION_START = """
      {"eventType": "sessionStart", "playerTime": {"playhead": 0, "ts": %d}, "params": {
       "analytics.trackingServer": "t", "analytics.reportSuite": "r", "visitor.marketingCloudOrgId": "o",
       "media.id": "ClickMe", "media.length": 300000, "media.contentType": "vod", "media.playerName": "p",
       "media.channel": "c"}}""";

  private static Browser browser;
  private static ChromeDriver driver;
  private static MediaCollectionMock mock;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheBrowserAndTheMock() {
    browser = Browser.startOrSkip();
    driver = browser.driver();
    mock = startMock("--port", "0");
  }

  @AfterAll
  static void stopThem() {
    if (mock != null) {
      mock.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void resetTheMock() {
    mock.reset();
  }

  @Test
  void theSessionsAreListedWithTheirStateAndFindingBadges() throws Exception {
    String clean = play(mock.baseUrl(), List.of("play@0", "ping@10", "sessionEnd@15"));
    String faulty = play(mock.baseUrl(), List.of("adStart@0", "play@1"));

    driver.get(inspector(mock));

    WebElement faultyRow = row(faulty);
    assertThat(faultyRow.getText()).as("the faulty session's row").contains(faulty, "open", "✖ 1 error");
    assertThat(row(clean).getText()).as("the clean session's row").contains("ended", "none");
    browser.screenshot("inspector-sessions");

    driver.findElement(By.id("mc-filter-severity")).sendKeys("with errors");
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(rows()).as("rows with errors").extracting(r -> r.getAttribute("data-sid")).containsExactly(faulty));
  }

  @Test
  void aSessionIsDrawnByTsWithEachFindingAtItsEvent() throws Exception {
    // The ping at 5 s arrives after the play at 8 s: it stands before it by ts.
    String sid = play(mock.baseUrl(), List.of("play@2", "adStart@4", "play@8", "ping@5", "pauseStart@12", "play@20",
        "sessionEnd@30"));

    driver.get(inspector(mock));
    row(sid).sendKeys("\n");

    WebElement paused = await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElements(
        By.cssSelector("#mc-chart g.mc-seg[data-lane=content][data-state=paused]")), l -> !l.isEmpty()).get(0);
    assertThat(paused.getAttribute("data-start-ts")).as("the pause starts at the pauseStart's ts")
        .isEqualTo(String.valueOf(T0 + 12_000));
    assertThat(paused.getAttribute("aria-label")).as("what a screen reader says of it")
        .isEqualTo("Content: paused from +12.0 s to +20.0 s");
    WebElement rect = paused.findElement(By.tagName("rect"));
    // 150 units of labels, then 840 for the 30 s from sessionStart to sessionEnd.
    assertThat(Double.parseDouble(rect.getAttribute("x"))).as("where the pause is drawn").isCloseTo(150 + 840 * 12 / 30.0,
        org.assertj.core.data.Offset.offset(0.5));
    assertThat(Double.parseDouble(rect.getAttribute("width"))).as("how long it is drawn").isCloseTo(840 * 8 / 30.0,
        org.assertj.core.data.Offset.offset(0.5));

    WebElement finding = driver.findElement(By.cssSelector("#mc-chart g.mc-point[data-lane=marks][data-event='2']"));
    assertThat(finding.getAttribute("aria-label")).as("the finding's mark").startsWith("error at event 2 (adStart");
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", finding);
    WebElement tip = driver.findElement(By.id("mc-tip"));
    assertThat(tip.isDisplayed()).as("the tooltip shows on keyboard focus").isTrue();
    assertThat(tip.getText()).as("the tooltip: request, answer, finding")
        .contains("adStart — event 2", "Answer: 204", "ERROR AD_OUTSIDE_BREAK", "outside an ad break",
            "\"eventType\": \"adStart\"");
    assertThat(driver.findElement(By.id("mc-arrival-note")).getText()).as("the arrival note")
        .contains("1 event arrived after one with a later ts");
    assertThat(driver.findElements(By.cssSelector("#mc-chart g.mc-point[data-lane=arrival]"))).as("arrival marks")
        .isNotEmpty();
    assertThat(driver.findElement(By.id("mc-figures")).getText()).as("the summary figures")
        .contains("content", "paused", "pauses");
    browser.screenshot("inspector-session");

    driver.findElements(By.cssSelector("#mc-timeline option")).stream()
        .filter(o -> o.getText().contains("Timeline 2")).findFirst().orElseThrow().click();
    driver.findElement(By.id("mc-compare")).click();
    WebElement verdict = await().atMost(Duration.ofSeconds(20)).until(() ->
        driver.findElements(By.cssSelector("#mc-verdict .mc-verdict")), l -> !l.isEmpty()).get(0);
    assertThat(verdict.findElement(By.tagName("h3")).getText()).as("the verdict").startsWith("✖ does not follow");
    assertThat(verdict.findElements(By.cssSelector(".mc-mistakes li"))).as("mistakes listed").isNotEmpty();
    assertThat(verdict.findElements(By.cssSelector("svg.mc-expected g.mc-mistake"))).as("mistakes marked on the"
        + " expected lanes").isNotEmpty();
    assertThat(verdict.findElements(By.cssSelector("svg.mc-recorded g.mc-seg"))).as("recorded lanes").isNotEmpty();
    browser.screenshot("inspector-verdict");
  }

  @Test
  void resetAfterConfirmationEmptiesTheList() throws Exception {
    play(mock.baseUrl(), List.of("play@0"));
    driver.get(inspector(mock));
    await().atMost(Duration.ofSeconds(10)).until(() -> rows().size() == 1);

    driver.findElement(By.id("mc-reset")).click();
    assertThat(driver.switchTo().alert().getText()).as("the confirmation").startsWith("Reset the mock?");
    driver.switchTo().alert().accept();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows()).as("rows after reset").isEmpty());
    assertThat(mock.sessions().size()).as("sessions the mock holds").isZero();
  }

  @Test
  void withATokenThePageAsksForItAndThenShowsTheSessions() throws Exception {
    try (MediaCollectionMock guarded = startMock("--port", "0", "--admin-token", "s3cret")) {
      String sid = play(guarded.baseUrl(), List.of("play@0"));
      driver.get(inspector(guarded));

      WebElement token = await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("mc-token")),
          WebElement::isDisplayed);
      assertThat(driver.findElement(By.cssSelector("label[for=mc-token]")).getText()).as("the token's label")
          .contains("--admin-token");
      token.sendKeys("s3cret\n");

      assertThat(row(sid).getText()).as("the row, once the token is given").contains(sid);
    }
  }

  @Test
  void verifysHtmlReportOpensFromDiskWithTheChartAndTheMistakes() throws Exception {
    play(mock.baseUrl(), List.of("adStart@0", "play@1", "sessionEnd@5"));
    Path report = Path.of("target", "reports", "verify-report.html").toAbsolutePath();
    Files.createDirectories(report.getParent());

    int code = new CommandLine(new VerifyCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(new StringWriter()))
        .execute("--mock", mock.baseUrl(), "--timeline", "Timeline 2", "--report-html", report.toString());

    assertThat(code).as("verify's exit code").isEqualTo(VerifyCommand.DOES_NOT_FOLLOW);
    mock.close();
    try {
      driver.get(report.toUri().toString());
      assertThat(driver.findElement(By.cssSelector(".mc-verdict h3")).getText()).as("the report's verdict")
          .contains("does not follow", "Timeline 2");
      assertThat(driver.findElements(By.cssSelector(".mc-mistakes li"))).as("its mistakes").isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("svg.mc-recorded g.mc-point.mc-error"))).as("the error marked")
          .isNotEmpty();
      assertThat(driver.findElement(By.id("mc-text")).getText()).as("the text report").contains("mistake");
      browser.screenshot("verify-report");
    } finally {
      mock = startMock("--port", "0");
    }
  }

  /**
   * The figures the README gives: a thousand sessions listed, and a session of 20,000 events (a downloaded
   * batch: sessionStart, play, then pings every 10 s with a pause now and then) fetched and drawn, each timed
   * by the page itself; the page still answers at once after drawing it.
   */
  @Test
  void aThousandSessionsAreListedInUnderASecondAndA20000EventSessionIsDrawn() throws Exception {
    MockSettings roomy = MockSettings.builder().maxEventsPerSession(25_000).maxBodyBytes(8 << 20).build();
    try (MediaCollectionMock big = MediaCollectionMock.start(roomy)) {
      String sid = downloadedBatch(big.baseUrl(), 20_000);
      for (int i = 1; i < 1000; i++) {
        assertThat(post(big.baseUrl() + "/api/v1/sessions", SESSION_START.formatted(T0)).statusCode()).isEqualTo(201);
      }
      driver.get(inspector(big));
      await().atMost(Duration.ofSeconds(30)).until(() -> rows().size() == 1000);
      // The first poll can include the browser's start-up; the next one is what a person waits for.
      String first = driver.findElement(By.tagName("body")).getAttribute("data-list-millis");
      await().atMost(Duration.ofSeconds(10)).until(() -> !first.equals(
          driver.findElement(By.tagName("body")).getAttribute("data-list-millis")));
      long listMillis = Long.parseLong(driver.findElement(By.tagName("body")).getAttribute("data-list-millis"));

      row(sid).click();
      WebElement chart = await().atMost(Duration.ofSeconds(60)).until(() -> driver.findElement(By.id("mc-chart")),
          c -> c.getAttribute("data-session-millis") != null);
      long drawMillis = Long.parseLong(chart.getAttribute("data-draw-millis"));
      long sessionMillis = Long.parseLong(chart.getAttribute("data-session-millis"));
      long before = System.nanoTime();
      ((JavascriptExecutor) driver).executeScript("document.querySelector('#mc-chart g.mc-seg').focus()");
      long answerMillis = (System.nanoTime() - before) / 1_000_000;
      System.out.printf("inspector page: 1,000 sessions listed in %d ms (poll to rows); a 20,000-event session"
          + " fetched and drawn in %d ms (drawing %d ms); a focus right after answered in %d ms%n", listMillis,
          sessionMillis, drawMillis, answerMillis);
      browser.screenshot("inspector-20000-events");

      assertThat(listMillis).as("ms to list 1,000 sessions").isLessThan(1000);
      assertThat(driver.findElement(By.id("mc-count")).getText()).as("the count").isEqualTo("(1000)");
      assertThat(chart.findElement(By.cssSelector("g[data-lane=pings] rect")).getAttribute("aria-label"))
          .as("the pings lane").isEqualTo((20_000 - 2 - 39 - 39) + " pings");
      assertThat(drawMillis).as("ms to draw 20,000 events").isLessThan(2000);
      assertThat(answerMillis).as("ms for the page to answer after drawing").isLessThan(1000);
    }
  }

  /** One downloaded session of {@code events} requests; returns its sid. */
  private static String downloadedBatch(String base, int events) throws Exception {
    StringBuilder batch = new StringBuilder("[").append(SESSION_START.formatted(T0));
    batch.append(",{\"eventType\":\"play\",\"playerTime\":{\"playhead\":0,\"ts\":").append(T0).append("}}");
    int pauses = 0;
    for (int i = 1; i <= events - 2; i++) {
      long seconds = i * 10L;
      // Every 500th request pauses, and the next one plays again: 39 pauses in 20,000 events.
      String type = i % 500 == 0 ? "pauseStart" : i % 500 == 1 && i > 1 ? "play" : "ping";
      pauses += type.equals("pauseStart") ? 1 : 0;
      batch.append(",{\"eventType\":\"").append(type).append("\",\"playerTime\":{\"playhead\":").append(seconds)
          .append(",\"ts\":").append(T0 + seconds * 1000).append("}}");
    }
    HttpResponse<String> answer = post(base + "/api/v1/downloaded", batch.append(']').toString());
    assertThat(answer.statusCode()).as("the batch's answer: %s", answer.body()).isBetween(200, 299);
    assertThat(pauses).isEqualTo(39);
    HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base
        + "/__admin/media-collection/sessions?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
    return list.body().replaceAll("(?s).*?\"sid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  static String inspector(MediaCollectionMock mock) {
    return mock.baseUrl() + "/__admin/media-collection/ui/";
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#mc-sessions tbody tr"));
  }

  private WebElement row(String sid) {
    return await().atMost(Duration.ofSeconds(10)).until(
        () -> driver.findElements(By.cssSelector("#mc-sessions tbody tr[data-sid='" + sid + "']")),
        l -> !l.isEmpty()).get(0);
  }

  static MediaCollectionMock startMock(String... args) {
    MockCommand command = new MockCommand();
    new CommandLine(command).setOut(new PrintWriter(new PrintStream(new ByteArrayOutputStream()))).parseArgs(args);
    return command.start();
  }

  /** Starts a session at T0 and sends "type@seconds" events in this order; returns its sid. */
  static String play(String base, List<String> events) throws Exception {
    HttpResponse<String> started = post(base + "/api/v1/sessions", SESSION_START.formatted(T0));
    assertThat(started.statusCode()).as("sessionStart answer: %s", started.body()).isEqualTo(201);
    String location = started.headers().firstValue("Location").orElseThrow();
    for (String event : events) {
      String[] e = event.split("@");
      String params = e[0].equals("adStart") ? ", \"params\": {\"media.ad.podFriendlyName\": \"pre\", \"media.ad.name\":"
          + " \"Ad 1\", \"media.ad.id\": \"1\", \"media.ad.length\": 5, \"media.ad.podPosition\": 1,"
          + " \"media.ad.playerName\": \"p\"}" : "";
      long seconds = Long.parseLong(e[1]);
      post(base + location + "/events", "{\"eventType\": \"%s\", \"playerTime\": {\"playhead\": %d, \"ts\": %d}%s}"
          .formatted(e[0], seconds, T0 + seconds * 1000, params));
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }

  static HttpResponse<String> post(String url, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
