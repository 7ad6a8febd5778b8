package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every victim-support and funds endpoint called by every demo account: the roles it names get past security (any
 * answer but 401/403), every other role is refused with 403. Bodies are empty or point at nothing, so nothing
 * changes.
 */
class FundsApiSecurityIT {

    static final Set<String> FINANCE_READ = Set.of("FINANCE_OFFICER", "ADMIN");
    static final Set<String> FINANCE = Set.of("FINANCE_OFFICER");
    static final Set<String> CASE_WORKER = Set.of("CASE_WORKER");
    static final Set<String> ADMIN = Set.of("ADMIN");
    static final Set<String> RATES_READ = Set.of("CASE_WORKER", "FINANCE_OFFICER", "ADMIN");

    record Endpoint(String method, String path, String body, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/support-requests", null, FINANCE_READ),
            new Endpoint("GET", "/api/v1/support-requests?case=0", null, FINANCE_READ),
            new Endpoint("GET", "/api/v1/support-requests/0", null, FINANCE_READ),
            new Endpoint("POST", "/api/v1/support-requests", "{\"caseId\":0}", CASE_WORKER),
            new Endpoint("GET", "/api/v1/support-requests/cases/0", null, CASE_WORKER),
            new Endpoint("POST", "/api/v1/support-requests/cases/0/needs-assessments", "{}", CASE_WORKER),
            new Endpoint("POST", "/api/v1/support-requests/cases/0/extensions", "{}", CASE_WORKER),
            new Endpoint("POST", "/api/v1/support-requests/0/withdrawal?version=0", "{}", CASE_WORKER),
            new Endpoint("POST", "/api/v1/support-requests/0/allocation?version=0", "{\"budgetLineId\":0}", FINANCE),
            new Endpoint("POST", "/api/v1/support-requests/0/approval?version=0", "{}", FINANCE),
            new Endpoint("POST", "/api/v1/support-requests/0/disbursement?version=0", "{}", FINANCE),
            new Endpoint("POST", "/api/v1/support-requests/0/cancellation?version=0", "{}", FINANCE),
            new Endpoint("GET", "/api/v1/budget-lines?year=2026", null, FINANCE_READ),
            new Endpoint("GET", "/api/v1/budget-lines/0", null, FINANCE_READ),
            new Endpoint("POST", "/api/v1/budget-lines", "{}", FINANCE),
            new Endpoint("PUT", "/api/v1/budget-lines/0?version=0", "{\"amount\":1}", FINANCE),
            new Endpoint("POST", "/api/v1/budget-lines/years/1999/closing", "{}", FINANCE),
            new Endpoint("GET", "/api/v1/budget-lines/approval-rule", null, FINANCE_READ),
            new Endpoint("PUT", "/api/v1/budget-lines/approval-rule?version=-1", "{\"secondApprovalAbove\":1}", ADMIN),
            new Endpoint("GET", "/api/v1/funding-sources", null, FINANCE_READ),
            new Endpoint("POST", "/api/v1/funding-sources", "{}", FINANCE_READ),
            new Endpoint("PUT", "/api/v1/funding-sources/0?version=0", "{}", FINANCE_READ),
            new Endpoint("GET", "/api/v1/support-rates", null, RATES_READ),
            new Endpoint("GET", "/api/v1/support-rates?type=a", null, RATES_READ),
            new Endpoint("POST", "/api/v1/support-rates", "{}", ADMIN),
            new Endpoint("PUT", "/api/v1/support-rates/0?version=0", "{}", ADMIN));

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (DemoAccount account : DemoAccount.values()) {
                cells.add(Arguments.of(endpoint, account));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheNamedRolesGetThrough(Endpoint endpoint, DemoAccount account) {
        HttpResponse<String> response = endpoint.body() == null
                ? Vigil.get(endpoint.path(), "Authorization", account.basicAuth())
                : Vigil.sendJson(
                        endpoint.method(), endpoint.path(), endpoint.body(), "Authorization", account.basicAuth());

        boolean allowed = account.roles.stream().anyMatch(endpoint.roles()::contains);
        if (allowed) {
            assertThat(response.statusCode())
                    .as(response.body())
                    .isNotIn(401, 403)
                    .isLessThan(500);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }
}
