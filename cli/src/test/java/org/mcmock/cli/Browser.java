package org.mcmock.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through Debian's chromium-driver, paths set explicitly (no driver download). Where
 * either is missing the tests are skipped with a message, unless {@value #REQUIRE_BROWSER}=1 (as .ci/run sets it
 * after installing both), where they fail.
 */
record Browser(ChromeDriver driver) implements AutoCloseable {

  static final String REQUIRE_BROWSER = "MCMOCK_REQUIRE_BROWSER";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static Browser startOrSkip() {
    File chromium = new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    File chromedriver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!"1".equals(System.getenv(REQUIRE_BROWSER))) {
      assumeTrue(chromium.canExecute() && chromedriver.canExecute(), "The inspector page's browser tests need "
          + chromium + " and " + chromedriver + " (Debian: apt-get install chromium chromium-driver); .ci/run"
          + " installs them");
    }
    ChromeOptions options = new ChromeOptions().setBinary(chromium)
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1400,1000", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options));
  }

  /** Saves what the browser shows as target/screenshots/NAME.png, a CI artefact. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
