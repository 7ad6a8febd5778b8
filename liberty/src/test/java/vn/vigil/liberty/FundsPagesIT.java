package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may open the support and funds pages, what they show, and how a refused request is told. */
class FundsPagesIT {

    @Test
    void financePagesAreForFinanceAndTheCasePageForCaseWorkers() {
        assertThat(WebSession.signedInAs(DemoAccount.CASE_WORKER)
                        .get("/finance/requests.xhtml")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signedInAs(DemoAccount.COMMITTEE)
                        .get("/finance/budget-lines.xhtml")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signedInAs(DemoAccount.FINANCE)
                        .get("/victim/support.xhtml?case=1")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void financeSeesTheDemoBudgetLinesAndSources() {
        WebSession finance = WebSession.signedInAs(DemoAccount.FINANCE);
        HttpResponse<String> lines = finance.get("/finance/budget-lines.xhtml");
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body()).contains("Ngân sách tỉnh năm 2026").contains("funds-bar");
        assertThat(finance.get("/finance/funding-sources.xhtml").body())
                .contains("Chương trình mục tiêu quốc gia phát triển hệ thống trợ giúp xã hội");
        assertThat(finance.get("/finance/requests.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorKeepsTheRateTable() {
        HttpResponse<String> rates = WebSession.signedInAs(DemoAccount.ADMIN).get("/admin/support-rates.xhtml");
        assertThat(rates.statusCode()).isEqualTo(200);
        assertThat(rates.body()).contains("Tiền ăn").contains("Trợ cấp khó khăn ban đầu");
    }

    @Test
    void anAmountAboveTheRateIsRefusedInTheCaseWorkersLanguage() {
        VictimCases.Case victimCase = VictimCases.openCase("Trần Văn Bình");
        HttpResponse<String> rates =
                Vigil.get("/api/v1/support-rates?type=k", "Authorization", DemoAccount.CASE_WORKER.basicAuth());
        long rate = Vigil.json(rates)
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> refused = Vigil.sendJson(
                "POST",
                "/api/v1/support-requests",
                "{\"caseId\":" + victimCase.id() + ",\"supportType\":\"k\",\"rateId\":" + rate
                        + ",\"amount\":3000001,\"purpose\":\"Trợ cấp\"}",
                "Authorization",
                DemoAccount.CASE_WORKER.basicAuth());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("vượt định mức").contains("3.000.000");
        HttpResponse<String> plan = Vigil.get(
                "/api/v1/support-requests/cases/" + victimCase.id(),
                "Authorization",
                DemoAccount.CASE_WORKER.basicAuth());
        assertThat(Vigil.json(plan).asJsonObject().getJsonArray("requests")).isEmpty();
        assertThat(plan.body()).doesNotContain("Trần Văn Bình");
    }
}
