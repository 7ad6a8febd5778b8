package vn.vigil.inspection.application;

import java.util.List;
import vn.vigil.inspection.api.AnswerView;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.domain.Amendment;
import vn.vigil.inspection.domain.Finding;
import vn.vigil.inspection.domain.IndicatorObservation;
import vn.vigil.inspection.domain.PersonPresent;
import vn.vigil.inspection.domain.PhotoReference;
import vn.vigil.inspection.domain.RecordedAnswer;
import vn.vigil.inspection.domain.VisitRecord;

/** A record as its readers see it: every item of its checklist version in order, answered or not. */
final class RecordViews {

    private RecordViews() {}

    static VisitRecordView of(VisitRecord record, ChecklistVersionView checklist, List<Amendment> amendments) {
        List<AnswerView> answers = checklist == null
                ? List.of()
                : checklist.items().stream().map(item -> answer(record, item)).toList();
        return new VisitRecordView(
                record.id(),
                record.visitId(),
                record.establishmentId(),
                record.checklistVersionId(),
                checklist == null ? null : checklist.number(),
                answers,
                record.indicators().stream().map(IndicatorObservation::entry).toList(),
                record.people().stream().map(PersonPresent::entry).toList(),
                record.findings().stream().map(Finding::entry).toList(),
                record.outcome(),
                record.signedOffAt(),
                record.signedOffBy(),
                record.version(),
                amendments.stream().map(Amendment::view).toList());
    }

    private static AnswerView answer(VisitRecord record, ChecklistItemView item) {
        RecordedAnswer given = record.answers().stream()
                .filter(a -> a.itemId() == item.id())
                .findFirst()
                .orElse(null);
        List<Long> photos = record.photos().stream()
                .filter(p -> p.itemId() == item.id())
                .map(PhotoReference::evidenceId)
                .toList();
        return new AnswerView(
                item.id(),
                item.position(),
                item.code(),
                item.question(),
                item.answerType(),
                item.required(),
                given == null ? null : given.yesNo(),
                given == null ? null : given.number(),
                given == null ? null : given.text(),
                photos);
    }
}
