package cn.diaodu.support;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium through Debian's chromedriver (never downloads anything). Where Chromium is
 * missing (a newcomer's machine), browser tests are skipped with that reason; with
 * {@code DIAODU_TEST_REQUIRE_BROWSER=true} (set by .ci/run) they fail instead.
 */
public final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    public final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(String base) {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("DIAODU_TEST_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("Chromium and chromedriver are required (DIAODU_TEST_REQUIRE_BROWSER)");
            }
            Assumptions.abort("Chromium not installed: apt-get install chromium chromium-driver");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN",
                // Bootstrap scrolls smoothly unless reduced motion is asked for; a click right after WebDriver's
                // scroll would then land on whatever is still under the pointer
                "--force-prefers-reduced-motion");
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(d, base);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /**
     * Signs in with the form; a password the administrator set must be changed first (CONTRACT §16): the change page
     * is filled in with {@link PageSignIn#CHANGED}, which later sign-ins use ({@link PageSignIn#password}).
     */
    public void login(String username, String password) {
        String current = PageSignIn.password(username, password);
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(current);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("logout")));
        if (driver.getCurrentUrl().contains("/account/password")) {
            type("currentPassword", current);
            type("newPassword", PageSignIn.CHANGED);
            type("confirmPassword", PageSignIn.CHANGED);
            driver.findElement(By.id("confirmPassword")).sendKeys(Keys.ENTER);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains(
                        "/account/password") && !d.findElements(By.id("logout")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new IllegalStateException("the change of the password of " + username + " ended on "
                        + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText(), e);
            }
            PageSignIn.changed(username, PageSignIn.CHANGED);
        }
    }

    public void logout() {
        driver.findElement(By.id("logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("login-submit")));
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public void type(String id, String value) {
        var e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    public void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Asserts that a phone-sized page does not scroll sideways, naming what sticks out past the edge. */
    public void noSidewaysScroll(String what) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        Long width = (Long) js.executeScript("return document.documentElement.scrollWidth");
        Long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(viewport).as("the window is a phone's").isLessThanOrEqualTo(390L);
        org.assertj.core.api.Assertions.assertThat(width).as(() -> what + " scrolls sideways, past the edge: "
                + js.executeScript("return [...document.querySelectorAll('body *')].filter(e => "
                        + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-5)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"))
                .isLessThanOrEqualTo(390L);
    }

    /** Saves a screenshot of the window as target/screenshots/{name}.png. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
