package vn.vigil.liberty;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Working PrimeFaces widgets in the browser as a person does: clicking, typing, choosing from panels. */
final class Prime {

    private static final String AJAX_IDLE = "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
            + " && (!window.jQuery || jQuery.active === 0));";

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

    /** Chooses the option with that label in a p:selectOneMenu. */
    void choose(String menuId, String label) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
        WebElement option = browser.waitFor(ExpectedConditions.elementToBeClickable(item));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
        option.click();
        browser.waitFor(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
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
