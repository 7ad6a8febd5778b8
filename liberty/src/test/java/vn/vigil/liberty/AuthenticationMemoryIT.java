package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Signed-in requests leave nothing behind in the server's heap: the container's authentication cache holds one
 * Subject per sign-in, not one per request (500 requests would leave 500 behind, against a bound of 20). Before this held, every request of a session added a Subject, an LTPA
 * token and a credential that stayed for ten minutes, and a day of use ran the heap out.
 */
class AuthenticationMemoryIT {

    private static final String SUBJECT = "javax.security.auth.Subject";
    private static final String LTPA_TOKEN = "com.ibm.ws.security.token.ltpa.internal.LTPAToken2";

    @Test
    void fiveHundredRequestsOfOneSessionAddNoSubject() {
        WebSession session = WebSession.signedInAs(DemoAccount.INSPECTOR);
        for (int i = 0; i < 20; i++) {
            session.get("/api/v1/me");
        }
        long subjects = HeapCensus.liveInstances(SUBJECT);
        long tokens = HeapCensus.liveInstances(LTPA_TOKEN);

        for (int i = 0; i < 500; i++) {
            HttpResponse<String> me = session.get("/api/v1/me");
            assertThat(me.statusCode()).as("request %d of the session", i).isEqualTo(200);
        }

        assertThat(HeapCensus.liveInstances(SUBJECT) - subjects)
                .as("Subjects added by 500 requests of one session")
                .isLessThan(20);
        assertThat(HeapCensus.liveInstances(LTPA_TOKEN) - tokens)
                .as("LTPA tokens added by 500 requests of one session")
                .isLessThan(20);
    }

    @Test
    void basicClientsThatKeepNoCookieShareOneSubject() {
        String basic = Vigil.basic("legal", Vigil.PASSWORD);
        Vigil.get("/api/v1/me", "Authorization", basic);
        long subjects = HeapCensus.liveInstances(SUBJECT);

        for (int i = 0; i < 300; i++) {
            HttpResponse<String> me = Vigil.get("/api/v1/me", "Authorization", basic);
            assertThat(me.statusCode()).as("Basic request %d", i).isEqualTo(200);
            assertThat(me.headers().allValues("Set-Cookie"))
                    .as("a Basic call opens no session")
                    .isEmpty();
        }

        assertThat(HeapCensus.liveInstances(SUBJECT) - subjects)
                .as("Subjects added by 300 Basic requests without cookies")
                .isLessThan(20);
    }
}
