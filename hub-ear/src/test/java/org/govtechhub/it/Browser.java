package org.govtechhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A person at Debian's headless Chromium, driving the deployed application: opens pages, signs in
 * and out through the real forms, waits for what a person would wait for.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the console, where Chromium reports every script, style or frame the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /**
     * What Chromium's console said about the Content-Security-Policy since the last call ("Refused to execute inline
     * script because it violates the following Content Security Policy directive: …"), reported during a page's load as
     * well as afterwards; reading the console empties it.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public void open(String page) {
        driver.get(HubClient.base() + page);
    }

    public WebElement find(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element once it is clickable. If the page replaced the element between finding and clicking it
     * (a stale element, or Chromium's "node does not belong to the document"), nothing was clicked: it is found again.
     */
    public void click(By by) {
        until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public void waitForText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits for a condition on the page. If the page replaced an element while the condition looked at it (a stale
     * element, or Chromium's "node does not belong to the document" while an Ajax update or a new page arrives), the
     * condition is simply asked again.
     */
    private <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (StaleElementReferenceException replaced) {
                return null;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Picks an item of a PrimeFaces select menu by its label, scrolling a long list to it. A click that came before the
     * menu was ready leaves its panel closed: then the menu is opened again, until the label shows the item.
     */
    public void choose(String menuId, String label) {
        By item = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=\"" + label + "\"]");
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> {
            if (!chosen(d, menuId, label)) {
                if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                    d.findElement(By.id(menuId)).click();
                    return false;
                }
                WebElement option = d.findElement(item);
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
                option.click();
            }
            return chosen(d, menuId, label);
        });
    }

    private static boolean chosen(WebDriver driver, String menuId, String label) {
        return driver.findElement(By.id(menuId + "_label")).getText().equals(label)
                && !driver.findElement(By.id(menuId + "_input")).getAttribute("value").isEmpty();
    }

    /**
     * Replaces the value of a PrimeFaces date or number input (the visible input and, for numbers, the hidden one
     * that is submitted): typing into them opens pop-ups and reformats, which is not what the journeys are about.
     */
    public void type(String inputId, String text) {
        WebElement input = find(By.id(inputId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "var hidden = document.getElementById(arguments[2]); if (hidden) { hidden.value = arguments[1]; }",
                input, text, inputId.replaceFirst("_input$", "_hinput"));
    }

    /** Waits until the global messages say this. */
    public void expectMessage(String text) {
        waitForText(By.id("messages"), text);
    }

    public void signIn(String demoLogin) {
        driver.get(HubClient.base() + "login.xhtml");
        find(By.id("login:email")).sendKeys(demoLogin + "@govtech-hub.demo");
        driver.findElement(By.id("login:password")).sendKeys(HubClient.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        find(By.id("welcome"));
    }

    public void signOut() {
        click(By.id("topbar:logout"));
        find(By.id("signed-out"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
