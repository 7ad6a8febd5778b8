package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A list whose query waited past the lock ceiling says so in the person's language, beside its empty table. */
class StatementCeilingsPageIT {

    private static final String MESSAGE = "Dữ liệu bạn cần đang được một thao tác khác sử dụng";

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @Test
    void aListSaysItsDataIsInUseBesideAnEmptyTable() throws Exception {
        browser.signIn(DemoAccount.TEAM_LEAD);
        try (Connection holder = Database.connect();
                Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("lock table inspection.inspection_plan in access exclusive mode");

            browser.open("/inspection/plans.xhtml");

            browser.waitFor(d -> !prime.growl().isEmpty());
            assertThat(prime.growl())
                    .anySatisfy(text -> assertThat(text).contains(MESSAGE).contains("thử lại"));
            assertThat(browser.all(By.id("plansForm:plans")))
                    .as("the list is there, without rows")
                    .isNotEmpty();
            holder.rollback();
        }

        browser.open("/inspection/plans.xhtml");

        assertThat(prime.growl())
                .as("no message once the data is free, nor a kept one")
                .isEmpty();
    }
}
