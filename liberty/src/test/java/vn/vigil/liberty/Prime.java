package vn.vigil.liberty;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Working PrimeFaces widgets in the browser as a person does: clicking, typing, choosing from panels. */
final class Prime {

    private static final String AJAX_IDLE = "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
            + " && (!window.jQuery || jQuery.active === 0));";

    private static final String NOTHING_MOVES = "return !window.jQuery || jQuery(':animated').length === 0;";

    private final Browser browser;

    Prime(Browser browser) {
        this.browser = browser;
    }

    /** Waits until no Ajax request is queued or running. */
    void waitForAjax() {
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    void click(String clientId) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(clientId)))
                .click();
        waitForAjax();
    }

    void type(String inputId, String value) {
        WebElement input = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Replaces what a formatted input (p:inputNumber, p:datePicker) holds: select all and type over it as a person
     * would. {@link #type} clears the field, which a date picker does not take as emptying its date.
     */
    void retype(String inputId, String value) {
        WebElement input = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /**
     * Chooses the option with that label in a p:selectOneMenu. The panel opens with an animation and scrolls, so a
     * click can miss while it moves: wait for it to rest, and open and click again if the choice did not take.
     */
    void choose(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (browser.all(panel).stream().noneMatch(WebElement::isDisplayed)) {
                browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(menuId)))
                        .click();
            }
            WebElement option = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(item));
            browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(NOTHING_MOVES)));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'nearest'})", option);
            option.click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                break;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        waitForAjax();
    }

    /** Types into a p:autoComplete and picks the suggestion with that label. */
    void complete(String autoCompleteId, String query, String label) {
        type(autoCompleteId + "_input", query);
        By item = By.cssSelector(
                "[id='" + autoCompleteId + "_panel'] .ui-autocomplete-item[data-item-label='" + label + "']");
        browser.waitFor(ExpectedConditions.elementToBeClickable(item)).click();
        waitForAjax();
    }

    /** Ticks the box of a p:selectManyCheckbox whose value is {@code value}. */
    void tick(String checkboxesId, String value) {
        WebElement box = browser.driver()
                .findElement(By.cssSelector("[id='" + checkboxesId + "'] input[type=checkbox][value='" + value + "']"));
        browser.driver()
                .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                .click();
    }

    void waitUntilShown(String dialogId) {
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(dialogId)));
    }

    void waitUntilHidden(String dialogId) {
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
    }

    /** The summaries the growl shows now. */
    List<String> growl() {
        return browser.all(By.cssSelector("[id='growl_container'] .ui-growl-title")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
