package org.mcmock.verify;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The expected timelines of a folder of features: every scenario with a step "the session follows the
 * timeline:" (or "the sessions follow the timeline:"), named "Feature name: Scenario name". The features are
 * the one place a timeline is written, for product owners, for Cucumber and for {@code verify}.
 */
public final class FeatureTimelines {

  /** The step texts, without their keyword, whose table is an expected timeline. */
  public static final Set<String> STEPS = Set.of("the session follows the timeline:",
      "the sessions follow the timeline:");

  private static final String BUNDLED = "features";

  private final Map<String, ExpectedTimeline> byName;

  private FeatureTimelines(Map<String, ExpectedTimeline> byName) {
    this.byName = byName;
  }

  /** Read by the first {@link #bundled()} call. */
  private static volatile FeatureTimelines bundled;

  /**
   * The features bundled in the mock's jar: Adobe's timelines and the client resilience scenarios, read once (two
   * first callers at once would each open the jar as a file system, and the second would fail).
   */
  public static FeatureTimelines bundled() {
    FeatureTimelines read = bundled;
    if (read == null) {
      synchronized (FeatureTimelines.class) {
        if (bundled == null) {
          bundled = readBundled();
        }
        read = bundled;
      }
    }
    return read;
  }

  private static FeatureTimelines readBundled() {
    URL root = FeatureTimelines.class.getClassLoader().getResource(BUNDLED);
    if (root == null) {
      throw new IllegalStateException("the mock's jar has no bundled features/ folder");
    }
    try {
      URI uri = root.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return in(jar.getPath(BUNDLED));
        }
      }
      return in(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the bundled features: " + e.getMessage(), e);
    }
  }

  /** The features under {@code folder}, in every sub-folder. */
  public static FeatureTimelines in(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no folder of features at " + folder);
    }
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
        sources.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return parse(sources);
  }

  /** @param sources each feature file's text by its name */
  public static FeatureTimelines parse(Map<String, String> sources) {
    GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
        .includePickles(true).build();
    Map<String, ExpectedTimeline> byName = new LinkedHashMap<>();
    sources.forEach((uri, text) -> {
      Map<String, String> featureNames = new LinkedHashMap<>();
      List<Pickle> pickles = new ArrayList<>();
      try (Stream<Envelope> envelopes = parser.parse(uri, text.getBytes(StandardCharsets.UTF_8))) {
        envelopes.forEach(envelope -> {
          envelope.getParseError().ifPresent(error -> {
            throw new IllegalArgumentException(uri + " is not valid Gherkin: " + error.getMessage());
          });
          envelope.getGherkinDocument().ifPresent(doc -> doc.getFeature()
              .ifPresent(feature -> featureNames.put(uri, feature.getName())));
          envelope.getPickle().ifPresent(pickles::add);
        });
      }
      for (Pickle pickle : pickles) {
        for (PickleStep step : pickle.getSteps()) {
          if (STEPS.contains(step.getText())) {
            PickleTable table = step.getArgument().flatMap(a -> a.getDataTable()).orElseThrow(() ->
                new IllegalArgumentException(uri + ", \"" + pickle.getName() + "\": the step '" + step.getText()
                    + "' needs its timeline as a table"));
            String name = unique(byName, featureNames.getOrDefault(pickle.getUri(), uri) + ": " + pickle.getName());
            byName.put(name, ExpectedTimeline.parse(name, rows(table)));
          }
        }
      }
    });
    return new FeatureTimelines(byName);
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * The timeline whose name is {@code query}, or else the only one whose name contains it, ignoring case.
   *
   * @throws IllegalArgumentException when none or several match, listing the names there are
   */
  public ExpectedTimeline find(String query) {
    String wanted = query.strip().toLowerCase(Locale.ROOT);
    List<String> matches = new ArrayList<>();
    for (String name : byName.keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals(wanted)) {
        return byName.get(name);
      }
      if (lower.contains(wanted)) {
        matches.add(name);
      }
    }
    if (matches.size() == 1) {
      return byName.get(matches.get(0));
    }
    throw new IllegalArgumentException((matches.isEmpty() ? "No timeline is named \"" + query + "\""
        : "\"" + query + "\" names " + matches.size() + " timelines; give more of the name") + ". The timelines:\n  "
        + String.join("\n  ", matches.isEmpty() ? byName.keySet() : matches));
  }

  private static List<List<String>> rows(PickleTable table) {
    return table.getRows().stream().map(row -> row.getCells().stream().map(cell -> cell.getValue()).toList())
        .toList();
  }

  /** Scenario outlines give several scenarios one name; each example gets its number. */
  private static String unique(Map<String, ExpectedTimeline> taken, String name) {
    if (!taken.containsKey(name)) {
      return name;
    }
    int n = 2;
    while (taken.containsKey(name + " (" + n + ")")) {
      n++;
    }
    return name + " (" + n + ")";
  }
}
