package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for one test (register with {@code @RegisterExtension}): Debian's chromium and
 * chromedriver, named explicitly so Selenium Manager never downloads anything. Without them the test is skipped,
 * unless VIGIL_BROWSER_REQUIRED=true (system property or environment), as on CI, where it fails instead. A failing
 * test leaves a screenshot and the page source in target/screenshots.
 */
final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private WebDriver driver;
    private boolean shared;

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null) {
            return; // a browser shared by the class's tests, signed out after the last one
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver";
            if (required()) {
                fail(missing + " (VIGIL_BROWSER_REQUIRED=true)");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--window-size=1280,900",
                "--lang=vi");
        // the console, read after each test: a script the page's Content-Security-Policy refused fails the journey
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // the browser keeps Vietnam's clock, as its users' do: otherwise a calendar opened after 17:00 UTC shows
        // yesterday's week while Vigil (on Vietnam's day) books today
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isEmpty()) {
            List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertThat(refused)
                    .as("what the pages' Content-Security-Policy refused")
                    .isEmpty();
        }
        if (driver != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName()
                    + context.getDisplayName().replaceAll("^\\w+\\(\\)$", "").replaceAll("[^\\p{Alnum}]+", "_");
            screenshot("failed-" + name);
            writePageSource("failed-" + name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null && shared) {
            // the next test starts signed out, on no page, as with a new browser: Chromium takes seconds to start
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
            return;
        }
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /**
     * One browser for all the tests of a class (registered as a static field), cleared between them: for classes of
     * many short journeys.
     */
    static Browser sharedByTheClass() {
        Browser browser = new Browser();
        browser.shared = true;
        return browser;
    }

    static boolean required() {
        String value = System.getProperty("VIGIL_BROWSER_REQUIRED", System.getenv("VIGIL_BROWSER_REQUIRED"));
        return Boolean.parseBoolean(value);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(Vigil.baseUrl() + path);
    }

    /** Fills in and sends the login form; does not wait for what follows. */
    void submitLogin(String username, String password) {
        open("/login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        clickAndWaitForNewPage(By.id("loginForm:signIn"));
    }

    /** Signs in and waits for the home page. */
    void signIn(DemoAccount account) {
        submitLogin(account.username, Vigil.PASSWORD);
        waitFor(ExpectedConditions.urlContains("/index.xhtml"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    /** Clicks something that submits a whole page (not Ajax) and waits until the next page has loaded. */
    void clickAndWaitForNewPage(By target) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waitFor(d -> gone(html));
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the document. Chromium may also say so as "Node with given id does not belong to the
     * document" instead of a stale reference, while the next page replaces the old one.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** An element an ajax update replaces while the condition reads it is read again on the next poll. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    List<WebElement> all(By selector) {
        return driver.findElements(selector);
    }

    /** The text of an element, once the page has it (a page may still be arriving after a redirect). */
    String text(By selector) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(selector)).getText();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    Path screenshot(String name) {
        Path file = screenshotDir().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Path taken =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("saving screenshot " + file, e);
        }
        return file;
    }

    private void writePageSource(String name) {
        try {
            Path file = screenshotDir().resolve(name + ".html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] could not save the page source: " + e);
        }
    }

    private static Path screenshotDir() {
        return Paths.get(System.getProperty("vigil.screenshot-dir", "target/screenshots"));
    }

    private void type(By field, String value) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(value);
    }
}
