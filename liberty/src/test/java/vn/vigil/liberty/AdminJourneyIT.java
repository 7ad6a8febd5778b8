package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's work in a real browser: adding a commune and a staff account who then signs in. */
class AdminJourneyIT {

    private static final String UNIT_DIALOG = "unitDialog";
    private static final String USER_DIALOG = "userForm:userDialog";

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void addsACommuneFindsItWithoutDiacriticsThenAddsAnInspectorWhoSignsIn() {
        String code = Unique.code("UI");
        String name = "Xã Phước Thiện " + code;
        browser.signIn(DemoAccount.ADMIN);

        openAddUnitDialog();
        fillUnit(code, name, "01/08/2026");
        prime.click("unitDialogForm:save");
        prime.waitUntilHidden(UNIT_DIALOG);

        prime.type("unitsForm:text", "xa phuoc thien " + code.toLowerCase(Locale.ROOT));
        prime.click("unitsForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unitsForm:units"), code));
        assertThat(rows("unitsForm:units_data"))
                .singleElement()
                .satisfies(row -> assertThat(row.getText())
                        .contains(code)
                        .contains(name)
                        .contains(AdminData.PROVINCE)
                        .contains("01/08/2026"));
        assertThat(AdminData.unitsWithCode(code)).singleElement().satisfies(unit -> {
            assertThat(unit.getString("name")).isEqualTo(name);
            assertThat(unit.getString("validFrom")).isEqualTo("2026-08-01");
        });

        String username = Unique.username("ui");
        String password = "Kiemthu2026x";
        String department = AdminData.someDepartment().getString("name");
        browser.open("/admin/users.xhtml");
        prime.click("usersForm:createUser");
        prime.waitUntilShown(USER_DIALOG);
        prime.type("userForm:username", username);
        prime.type("userForm:fullName", "Lê Thị Thu Hà");
        prime.choose("userForm:userDepartment", department);
        prime.tick("userForm:roles", "INSPECTOR");
        prime.type("userForm:password", password);
        prime.type("userForm:passwordRepeat", password);
        prime.click("userForm:saveUser");
        prime.waitUntilHidden(USER_DIALOG);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), username));

        browser.clickAndWaitForNewPage(RoleHomeIT.byId("logout"));
        browser.submitLogin(username, password);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(browser.text(By.id("welcome"))).contains("Lê Thị Thu Hà");
        assertThat(browser.all(By.cssSelector("section.dashboard")))
                .extracting(section -> section.getAttribute("id"))
                .containsExactly("dashboard-INSPECTOR");
    }

    @Test
    void refusesADateInTheWrongFormatInVietnameseAndSavesNothing() {
        String code = Unique.code("UI");
        browser.signIn(DemoAccount.ADMIN);

        openAddUnitDialog();
        fillUnit(code, "Xã Sai Định Dạng " + code, "2026-08-01");
        prime.click("unitDialogForm:save");

        browser.waitFor(d -> !prime.growl().isEmpty());
        assertThat(String.join("\n", prime.growl())).contains("không hợp lệ").contains("dd/MM/yyyy");
        assertThat(browser.driver().findElement(By.id(UNIT_DIALOG)).isDisplayed())
                .as("the dialog stays open")
                .isTrue();
        assertThat(AdminData.unitsWithCode(code)).as("nothing saved").isEmpty();
    }

    private void openAddUnitDialog() {
        browser.open("/admin/units.xhtml");
        prime.click("unitsForm:add");
        prime.waitUntilShown(UNIT_DIALOG);
    }

    private void fillUnit(String code, String name, String validFrom) {
        prime.type("unitDialogForm:code", code);
        prime.type("unitDialogForm:name", name);
        prime.choose("unitDialogForm:kind", "Xã");
        prime.complete("unitDialogForm:parent", "Đồng Nai", AdminData.PROVINCE);
        prime.type("unitDialogForm:validFrom_input", validFrom);
    }

    private java.util.List<WebElement> rows(String tbodyId) {
        return browser.all(By.cssSelector("[id='" + tbodyId + "'] > tr"));
    }
}
