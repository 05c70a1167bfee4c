package org.mcmock.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A verdict as one self-contained HTML page: the expected and recorded lanes drawn by the inspector page's
 * chart script, the mistakes, and the text report; the script, the stylesheet and the data are inlined, so the
 * file opens from disk or a CI artefact, with no server and nothing fetched.
 */
public final class HtmlReport {

  /** The chart script and stylesheet the inspector page serves too, from the model's jar. */
  private static final String CHART = "/org/mcmock/chart/";

  private HtmlReport() {}

  public static String write(Verdict verdict) {
    // "<" only occurs inside JSON strings, where \u003c reads the same: no "</script>" can end the block.
    String data = VerdictJson.of(verdict).toString().replace("<", "\\u003c");
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>mcmock verify: " + escape(verdict.timeline()) + "</title>\n"
        + "<style>\n" + resource("inspector.css") + "</style>\n</head>\n<body>\n"
        + "<h1>mcmock verify</h1>\n<main id=\"mc-report\"></main>\n"
        + "<h2>The report</h2>\n<pre id=\"mc-text\">" + escape(verdict.report()) + "</pre>\n"
        + "<script type=\"application/json\" id=\"mc-data\">" + data + "</script>\n"
        + "<script>\n" + resource("timeline.js") + "</script>\n"
        + "<script>McTimeline.verdict(document.getElementById('mc-report'),"
        + " JSON.parse(document.getElementById('mc-data').textContent));</script>\n"
        + "</body>\n</html>\n";
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(CHART + name)) {
      if (in == null) {
        throw new IllegalStateException("the chart's " + name + " is missing from the classpath (mcmock-model's jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
