package vn.vigil.web.rest.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;

/** The Repr-Digest header (RFC 9530) an offline upload carries, read as the SHA-256 the server checks. */
class ReprDigestTest {

    /** SHA-256 of the empty input. */
    static final String EMPTY_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final String EMPTY_BASE64 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Test
    void aSha256DigestIsReadAsHex() {
        assertThat(VisitEvidenceResource.sha256("sha-256=:" + EMPTY_BASE64 + ":"))
                .isEqualTo(EMPTY_HEX);
        assertThat(VisitEvidenceResource.sha256("sha-512=:AAAA:, sha-256=:" + EMPTY_BASE64 + ":"))
                .isEqualTo(EMPTY_HEX);
    }

    @Test
    void noHeaderMeansNoCheck() {
        assertThat(VisitEvidenceResource.sha256(null)).isNull();
        assertThat(VisitEvidenceResource.sha256(" ")).isNull();
    }

    @Test
    void aMalformedOrShortDigestIsRefused() {
        for (String bad : new String[] {"sha-256=abc", "md5=:AAAA:", "sha-256=:AAAA:", "sha-256=:!!!!:"}) {
            assertThatThrownBy(() -> VisitEvidenceResource.sha256(bad))
                    .as(bad)
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("evidence.digestInvalid");
        }
    }
}
