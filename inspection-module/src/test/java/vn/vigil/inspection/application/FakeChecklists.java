package vn.vigil.inspection.application;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistVersionView;

/** One published checklist version, in force for every business line: one item of each answer type. */
final class FakeChecklists {

    static final long VERSION = 900;
    static final ChecklistItemView LOCKS =
            new ChecklistItemView(91, 1, "K1", "Phòng có khóa trong?", AnswerType.YES_NO, true);
    static final ChecklistItemView ROOMS = new ChecklistItemView(92, 2, "K2", "Số phòng hát", AnswerType.NUMBER, false);
    static final ChecklistItemView HOURS = new ChecklistItemView(93, 3, "K3", "Giờ hoạt động", AnswerType.TEXT, false);
    static final ChecklistItemView SIGN = new ChecklistItemView(94, 4, "K4", "Ảnh biển hiệu", AnswerType.PHOTO, true);

    static final ChecklistVersionView CHECKLIST = new ChecklistVersionView(
            VERSION, 90, 2, 3, false, Instant.parse("2026-01-01T00:00:00Z"), 1, List.of(LOCKS, ROOMS, HOURS, SIGN));

    private FakeChecklists() {}

    /** Answers only the reads a visit record makes: the version in force, and a version by id. */
    static ChecklistCatalogue catalogue() {
        return (ChecklistCatalogue) Proxy.newProxyInstance(
                ChecklistCatalogue.class.getClassLoader(),
                new Class<?>[] {ChecklistCatalogue.class},
                (p, m, args) -> switch (m.getName()) {
                    case "inForce" -> Optional.of(CHECKLIST);
                    case "version" -> {
                        if ((Long) args[0] != VERSION) {
                            throw new NotFoundException("ChecklistVersion", args[0]);
                        }
                        yield CHECKLIST;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
