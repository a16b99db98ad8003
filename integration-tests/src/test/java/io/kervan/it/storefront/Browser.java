package io.kervan.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * A shopper's (or a shop's staff member's) browser: Debian's headless Chromium driven through Debian's chromedriver (Selenium never downloads a
 * browser or a driver here), optionally with JavaScript switched off as a shopper can. {@link #look} checks the page
 * as a person with assistive technology would meet it (axe-core, WCAG 2.2 AA), weighs it and saves screenshots at a
 * phone's and a laptop's size.
 *
 * <p>Starting Chromium costs seconds, so a test borrows one ({@code try (Browser browser = Browser.open())}) and
 * {@link #close} hands it back wiped (no cookies, no cache, a blank page at a laptop's size) for the next test: one
 * Chromium of each kind serves the whole test run, in a fresh profile, and quits when the test JVM ends. Tests open
 * shops of their own, so no two tests ever share an origin (and its storage). A test that needs a second browser of the
 * same kind at once gets one of its own, which quits on {@link #close}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Dimension PHONE = new Dimension(390, 844);
    /** The narrowest phone a page must fit without sideways scrolling (an iPhone SE's 375 CSS pixels). */
    public static final Dimension SMALL_PHONE = new Dimension(375, 667);
    public static final Dimension LAPTOP = new Dimension(1280, 800);

    /** The Chromium of each kind (with JavaScript or without) that tests borrow, started on first use. */
    private static final Map<Boolean, Browser> SHARED = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitShared, "chromium-quit"));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean javascript;
    private final boolean shared;
    private boolean borrowed;

    private Browser(boolean javascript, boolean shared) {
        requireChromium();
        this.javascript = javascript;
        this.shared = shared;
        try {
            profile = Files.createTempDirectory("kervan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=tr-TR", "--accept-lang=tr-TR,tr", "--user-data-dir=" + profile,
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "tr-TR,tr"));
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public static Browser open() {
        return borrow(true);
    }

    public static Browser withoutJavaScript() {
        return borrow(false);
    }

    private static synchronized Browser borrow(boolean javascript) {
        Browser browser = SHARED.get(javascript);
        if (browser != null && browser.borrowed) {
            return new Browser(javascript, false);
        }
        if (browser == null) {
            browser = new Browser(javascript, true);
            SHARED.put(javascript, browser);
        }
        browser.borrowed = true;
        return browser;
    }

    private static synchronized void quitShared() {
        for (Browser browser : SHARED.values()) {
            try {
                browser.quit();
            } catch (RuntimeException gone) {
                // the JVM is ending; chromedriver stops with it
            }
        }
        SHARED.clear();
    }

    /** Fails (never skips) on a machine without Debian's Chromium, saying how to get it. */
    public static void requireChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The storefront's browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ". Install them with: sudo apt-get install -y chromium chromium-driver "
                    + "(.ci/run does this by itself).");
        }
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public boolean hasJavaScript() {
        return javascript;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The text a shopper reads on the page (what is visible, as the browser lays it out). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String html() {
        return driver.getPageSource();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks what changes the page in place (htmx, a select). */
    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks a link or a form's button and waits until the browser has left the page for the next one. */
    public Browser follow(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> left(page));
        return this;
    }

    /**
     * Whether {@code element}'s page has been left. Chromium sometimes answers for a node of a page it has just left
     * with "does not belong to the document" rather than as a stale element: that is the same news.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public <T> T await(Function<Browser, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(d -> condition.apply(this));
    }

    /**
     * The page as a shopper meets it: no serious or critical accessibility violation, its HTML, CSS and JavaScript
     * under the weight limit, and screenshots at both sizes under {@code target/screenshots/}.
     */
    public Browser look(String name) {
        if (javascript) {
            Axe.assertNoSeriousViolations(this, name);
            PageWeights.record(this, name);
        }
        screenshot(name, PHONE);
        screenshot(name, LAPTOP);
        driver.manage().window().setSize(LAPTOP);
        return this;
    }

    /** A screenshot of the whole page at this width. */
    public void screenshot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.max(size.height, Math.min(((Number) content.get("height")).doubleValue(), 8000));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.width,
                        "height", height, "scale", 1)));
        Path file = Path.of(System.getProperty("kervan.it.screenshots", "target/screenshots"))
                .resolve(name + "-" + size.width + "x" + size.height + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How far, in CSS pixels, what is inside the element (the whole page for {@code html}) reaches past the element's
     * own width in a window of this size: more than 0 means a reader has to scroll sideways to see all of it.
     */
    public long sidewaysScrollAt(Dimension size, String css) {
        driver.manage().window().setSize(size);
        return ((Number) script("const e = document.querySelector(arguments[0]); return e.scrollWidth - e.clientWidth;",
                css)).longValue();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Hands a shared Chromium back wiped for the next test (one that cannot be wiped is quit), or quits this one. */
    @Override
    public void close() {
        if (!shared) {
            quit();
            return;
        }
        synchronized (Browser.class) {
            try {
                driver.get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                driver.manage().window().setSize(LAPTOP);
                borrowed = false;
            } catch (RuntimeException broken) {
                SHARED.remove(javascript);
                quit();
            }
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temporary directory harms nothing
            }
        }
    }
}
