package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.domain.EvidenceFile;
import vn.vigil.inspection.domain.EvidenceLimits;
import vn.vigil.inspection.domain.EvidenceType;

/** The demo's evidence photo is a JPEG any reader opens, taken as evidence, different for every comment. */
class DemoPhotoTest {

    @Test
    void isAnEightByEightJpegTheEvidenceLockerAccepts() throws IOException {
        byte[] photo = DemoPhoto.jpeg("Vigil demo 12-1");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(image.getHeight()).isEqualTo(8);
        EvidenceFile file = EvidenceFile.read(
                "mat-tien-1.jpg",
                "image/jpeg",
                new ByteArrayInputStream(photo),
                new EvidenceLimits(10 * EvidenceLimits.MB, 20 * EvidenceLimits.MB));
        assertThat(file.type()).isEqualTo(EvidenceType.JPEG);
        assertThat(file.size()).isEqualTo(photo.length);
    }

    @Test
    void photosWithDifferentCommentsDiffer() {
        EvidenceLimits limits = new EvidenceLimits(EvidenceLimits.MB, EvidenceLimits.MB);
        String first = EvidenceFile.read(
                        "a.jpg", null, new ByteArrayInputStream(DemoPhoto.jpeg("Vigil demo 12-1")), limits)
                .sha256();
        String second = EvidenceFile.read(
                        "b.jpg", null, new ByteArrayInputStream(DemoPhoto.jpeg("Vigil demo 13-1")), limits)
                .sha256();

        assertThat(first).isNotEqualTo(second);
    }
}
