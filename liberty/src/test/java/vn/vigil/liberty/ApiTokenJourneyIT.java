package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * API tokens in a real browser: a team lead creates one for the inspector role on the account page, copies the
 * secret the dialog shows once, sees its use in the list and revokes it; an administrator revokes someone's token
 * from the users page.
 */
class ApiTokenJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SECRET_DIALOG = "secretForm:secretDialog";

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void createsATokenForSomeRolesCopiesItOnceSeesItUsedAndRevokesIt() {
        String name = "Đồng bộ PC02 " + Unique.code("");
        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/account.xhtml");
        assertThat(browser.text(By.id("apiTokensPanel"))).contains("Mã truy cập API");
        assertThat(browser.driver()
                        .findElement(By.id("newTokenForm:tokenLastDay_input"))
                        .getAttribute("value"))
                .as("ninety days unless chosen")
                .isEqualTo(DAY.format(TODAY.plusDays(90)));

        prime.type("newTokenForm:tokenName", name);
        prime.retype("newTokenForm:tokenLastDay_input", DAY.format(TODAY.plusDays(30)));
        prime.tick("newTokenForm:tokenRoles", "INSPECTOR");
        prime.click("newTokenForm:createToken");
        prime.waitUntilShown(SECRET_DIALOG);

        String secret = browser.waitFor(d -> {
            String value = d.findElement(By.id("secretForm:secret")).getAttribute("value");
            return value == null || value.isEmpty() ? null : value;
        });
        assertThat(secret).matches("vgl_[A-Za-z0-9_-]{43}");
        assertThat(browser.text(By.id(SECRET_DIALOG))).contains("chỉ hiển thị mã một lần");
        HttpResponse<String> me = Vigil.get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Vigil.json(me).asJsonObject().getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("INSPECTOR");

        prime.click("secretForm:secretDone");
        prime.waitUntilHidden(SECRET_DIALOG);
        assertThat(browser.driver().findElement(By.id("secretForm:secret")).getAttribute("value"))
                .as("the secret is forgotten once copied")
                .isEmpty();

        browser.open("/account.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        WebElement row = row("tokensForm:tokens_data", name);
        assertThat(row.getText())
                .contains(secret.substring(0, 12) + "…")
                .contains("Cán bộ kiểm tra")
                .doesNotContain("Trưởng đoàn kiểm tra")
                .contains(DAY.format(TODAY.plusDays(30)))
                .contains("Còn hiệu lực")
                .doesNotContain("Chưa dùng");

        row.findElement(By.cssSelector("button[id$=':revoke']")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(d -> row("tokensForm:tokens_data", name).getText().contains("Đã thu hồi"));
        assertThat(String.join("\n", prime.growl())).contains("Đã thu hồi mã \"" + name + "\"");
        assertThat(Vigil.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorRevokesSomeonesTokenFromTheUsersPage() {
        String username = Unique.username("tokui");
        String password = "Kiemthu2026x";
        AdminData.createUser(username, password, "INSPECTOR");
        String name = "Máy trạm " + Unique.code("");
        HttpResponse<String> created = Vigil.sendJson(
                "POST",
                "/api/v1/me/tokens",
                "{\"name\":\"" + name + "\"}",
                "Authorization",
                Vigil.basic(username, password));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = Vigil.json(created).asJsonObject().getString("secret");

        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/users.xhtml");
        prime.type("usersForm:users:text", username);
        prime.click("usersForm:users:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), username));
        prime.click("usersForm:users:0:apiTokens");
        prime.waitUntilShown("tokensForm:tokensDialog");
        assertThat(browser.text(By.id("tokensForm:tokensFields")))
                .contains(username)
                .contains(name);

        row("tokensForm:userTokens_data", name)
                .findElement(By.cssSelector("button[id$=':revokeToken']"))
                .click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(d -> row("tokensForm:userTokens_data", name).getText().contains("Đã thu hồi"));

        assertThat(Vigil.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode())
                .isEqualTo(401);
    }

    private WebElement row(String tbodyId, String text) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("[id='" + tbodyId + "'] > tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
    }
}
