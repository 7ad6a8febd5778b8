package vn.vigil.reporting.domain.directive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachKind;

class OutreachLabelsTest {

    @Test
    void aKindIsReadFromItsCodeOrItsVietnameseWordsWithOrWithoutMarks() {
        assertThat(OutreachLabels.kind("SCHOOL_TALK")).contains(OutreachKind.SCHOOL_TALK);
        assertThat(OutreachLabels.kind("school_talk")).contains(OutreachKind.SCHOOL_TALK);
        assertThat(OutreachLabels.kind("Nói chuyện tại trường học")).contains(OutreachKind.SCHOOL_TALK);
        assertThat(OutreachLabels.kind("hop dan")).contains(OutreachKind.COMMUNITY_MEETING);
        assertThat(OutreachLabels.kind("Loa truyền thanh cơ sở")).contains(OutreachKind.LOUDSPEAKER);
        assertThat(OutreachLabels.kind("Trang Zalo của phường")).contains(OutreachKind.SOCIAL_MEDIA);
        assertThat(OutreachLabels.kind("biểu diễn văn nghệ")).isEmpty();
        assertThat(OutreachLabels.kind(" ")).isEmpty();
    }

    @Test
    void anAudienceIsReadTheSameWay() {
        assertThat(OutreachLabels.audience("Phụ nữ")).contains(Audience.WOMEN);
        assertThat(OutreachLabels.audience("Người đi làm việc ở nước ngoài")).contains(Audience.GOING_ABROAD);
        assertThat(OutreachLabels.audience("Đồng bào dân tộc thiểu số")).contains(Audience.ETHNIC_MINORITIES);
        assertThat(OutreachLabels.audience("BORDER_RESIDENTS")).contains(Audience.BORDER_RESIDENTS);
        assertThat(OutreachLabels.audience("cán bộ")).isEmpty();
    }
}
