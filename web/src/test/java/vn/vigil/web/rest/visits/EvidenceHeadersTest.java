package vn.vigil.web.rest.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the evidence endpoints read from and write into HTTP headers. */
class EvidenceHeadersTest {

    @Test
    void theAnnouncedLengthIsReadAsALongAndAMissingOrBadOneIsUnknown() {
        assertThat(UploadSizeFilter.announcedLength("209715200")).isEqualTo(209_715_200L);
        assertThat(UploadSizeFilter.announcedLength(" 5000000000 ")).isEqualTo(5_000_000_000L);
        assertThat(UploadSizeFilter.announcedLength(null)).isEqualTo(-1);
        assertThat(UploadSizeFilter.announcedLength("")).isEqualTo(-1);
        assertThat(UploadSizeFilter.announcedLength("many")).isEqualTo(-1);
    }

    @Test
    void aVietnameseFileNameIsOfferedWithAnAsciiFallbackAndEncodedInFull() {
        assertThat(EvidenceResource.disposition("Mặt tiền \"quán\".jpg"))
                .isEqualTo("attachment; filename=\"mat tien _quan_.jpg\";"
                        + " filename*=UTF-8''M%E1%BA%B7t%20ti%E1%BB%81n%20%22qu%C3%A1n%22.jpg");
    }
}
