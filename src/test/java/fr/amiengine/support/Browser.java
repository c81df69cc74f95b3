package fr.amiengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, headless, with a fresh profile. When no browser is installed the browser
 * tests are skipped with a message, unless {@code AMI_BROWSER_TESTS_REQUIRED=true} (CI), where they fail.
 * Every page checked with {@link #check} is analysed by axe-core and saved as a screenshot under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOTS = new AtomicInteger();

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("ami-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A browser on the application under test, or a skipped test when this machine has none. */
    public static Browser open(String baseUrl) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equals(System.getenv("AMI_BROWSER_TESTS_REQUIRED"))) {
                Assertions.fail("Chromium est requis pour ces tests\u00a0: apt-get install -y chromium chromium-driver");
            }
            Assumptions.abort("Tests navigateur ignorés\u00a0: Chromium n’est pas installé (apt-get install -y chromium chromium-driver)");
        }
        try {
            return new Browser(baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void visit(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().replace(baseUrl, "");
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(String id, String value) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Sets a field's value as a date picker would (typing into {@code datetime-local} depends on the locale). */
    public void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), value);
    }

    public void tick(String id) {
        WebElement box = find(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(find(By.id(id))).selectByValue(value);
    }

    public void press(String buttonText) {
        find(By.xpath("//button[normalize-space(.)=" + literal(buttonText) + "] | //a[normalize-space(.)="
                + literal(buttonText) + "]")).click();
    }

    public void awaitPath(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** The page's visible text as rendered, no-break spaces kept (Selenium's {@code getText} turns them into spaces). */
    public String text() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /**
     * Our page as a person sees it: axe-core must find no violation, and a screenshot is kept for review.
     */
    public void check(String name) {
        find(By.tagName("main"));
        screenshot(name);
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe-core sur «\u00a0%s\u00a0» (%s) :%n%s", name, driver.getCurrentUrl(), describe(violations))
                .isEmpty();
    }

    /** axe-core's violations on the page shown, one line each (rule, impact, help, elements). */
    public List<String> violations() {
        return new AxeBuilder().analyze(driver).getViolations().stream().map(v -> describe(List.of(v))).toList();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + ") : " + v.getHelp() + " → "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
