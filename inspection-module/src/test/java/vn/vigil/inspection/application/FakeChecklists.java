package vn.vigil.inspection.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistVersionView;

/** One published checklist version, in force for every business line: one item of each answer type. */
final class FakeChecklists implements ChecklistCatalogue {

    static final long VERSION = 900;
    static final ChecklistItemView LOCKS =
            new ChecklistItemView(91, 1, "K1", "Phòng có khóa trong?", AnswerType.YES_NO, true);
    static final ChecklistItemView ROOMS = new ChecklistItemView(92, 2, "K2", "Số phòng hát", AnswerType.NUMBER, false);
    static final ChecklistItemView HOURS = new ChecklistItemView(93, 3, "K3", "Giờ hoạt động", AnswerType.TEXT, false);
    static final ChecklistItemView SIGN = new ChecklistItemView(94, 4, "K4", "Ảnh biển hiệu", AnswerType.PHOTO, true);

    static final ChecklistVersionView CHECKLIST = new ChecklistVersionView(
            VERSION, 90, 2, 3, false, Instant.parse("2026-01-01T00:00:00Z"), 1, List.of(LOCKS, ROOMS, HOURS, SIGN));

    @Override
    public Optional<ChecklistVersionView> inForce(long businessLineId) {
        return Optional.of(CHECKLIST);
    }

    @Override
    public ChecklistVersionView version(long versionId) {
        if (versionId != VERSION) {
            throw new NotFoundException("ChecklistVersion", versionId);
        }
        return CHECKLIST;
    }
}
