package vn.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossOriginGuardTest {

    @Test
    void aCookieSignedChangeFromAnotherSiteIsRefused() {
        assertThat(CrossOriginGuard.refused("POST", null, "http://evil.example", null, "vigil.dongnai.gov.vn"))
                .isTrue();
        assertThat(CrossOriginGuard.refused("DELETE", "", null, "https://evil.example/page", "vigil.dongnai.gov.vn"))
                .isTrue();
        assertThat(CrossOriginGuard.refused("PUT", null, "null", null, "localhost:9080"))
                .as("a sandboxed page")
                .isTrue();
        assertThat(CrossOriginGuard.refused("POST", null, "http://localhost:9081", null, "localhost:9080"))
                .isTrue();
        assertThat(CrossOriginGuard.refused("POST", null, "not a url at all", null, "localhost:9080"))
                .isTrue();
    }

    @Test
    void sameSiteChangesReadsAndCallsWithCredentialsGoThrough() {
        assertThat(CrossOriginGuard.refused("POST", null, "http://localhost:9080", null, "localhost:9080"))
                .isFalse();
        assertThat(CrossOriginGuard.refused(
                        "POST", null, "https://vigil.dongnai.gov.vn", null, "vigil.dongnai.gov.vn:443"))
                .as("a browser omits the default port")
                .isFalse();
        assertThat(CrossOriginGuard.refused(
                        "POST", null, null, "https://vigil.dongnai.gov.vn/x", "vigil.dongnai.gov.vn"))
                .isFalse();
        assertThat(CrossOriginGuard.refused("GET", null, "http://evil.example", null, "localhost:9080"))
                .isFalse();
        assertThat(CrossOriginGuard.refused("POST", "Basic YTpi", "http://evil.example", null, "localhost:9080"))
                .as("another site's page cannot attach credentials itself")
                .isFalse();
        assertThat(CrossOriginGuard.refused("POST", null, null, null, "localhost:9080"))
                .as("a client that is not a browser")
                .isFalse();
    }
}
