package org.mcmock.contract.websdk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mcmock.contract.players.CommandPlayer;

/**
 * Debian's Chromium, headless, opening one page with host names mapped to local ports and one test certificate
 * trusted, and printing the page once it is done, as examples/browser-player/play.sh runs it: with a virtual
 * time budget Chromium prints the page only when its timers have run and no fetch is pending, so every request
 * the page made has its answer.
 */
public final class HeadlessChromium {

  private static final Duration WALL_TIME_LIMIT = Duration.ofSeconds(120);

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** {@code $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH. */
  public static Optional<HeadlessChromium> find() {
    String chosen = System.getenv("CHROMIUM");
    if (chosen != null && !chosen.isBlank()) {
      return Optional.of(new HeadlessChromium(Path.of(chosen)));
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
  }

  /** What the page showed when it was done: its title (its verdict) and its log. */
  public record Page(String title, String log) {}

  /**
   * Opens {@code url} in a new, empty profile in {@code folder}.
   *
   * @param hosts host names mapped to ports of this machine (Chromium's --host-resolver-rules)
   * @param certificate the one certificate Chromium accepts besides those it trusts anyway
   */
  public Page open(String url, Map<String, Integer> hosts, TestCertificate certificate, Path folder)
      throws IOException, InterruptedException {
    String rules = hosts.entrySet().stream().map(host -> "MAP " + host.getKey() + " 127.0.0.1:" + host.getValue())
        .collect(Collectors.joining(", "));
    Path dom = folder.resolve("page.html");
    Path said = folder.resolve("chromium.log");
    Process chromium = new ProcessBuilder(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.resolve("profile"),
        "--host-resolver-rules=" + rules, "--ignore-certificate-errors-spki-list=" + certificate.spkiHash(),
        "--virtual-time-budget=600000", "--dump-dom", url))
        .redirectOutput(dom.toFile()).redirectError(said.toFile()).start();
    if (!chromium.waitFor(WALL_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      CommandPlayer.stop(chromium);
    }
    String page = Files.readString(dom, StandardCharsets.UTF_8);
    if (page.isBlank()) {
      List<String> lines = Files.readAllLines(said, StandardCharsets.UTF_8);
      return new Page("", "Chromium printed no page within " + WALL_TIME_LIMIT.toSeconds() + " s; its last words:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }
    return new Page(element(page, "<title>(.*?)</title>"), element(page, "<pre id=\"log\">(.*?)</pre>"));
  }

  private static String element(String page, String regex) {
    Matcher found = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
    return found.find() ? unescape(found.group(1)) : "";
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
