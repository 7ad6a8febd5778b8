package vn.vigil.inspection.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<AnswerView> answers;
        if (checklist == null) {
            answers = List.of();
        } else {
            // each item's answer and photos found by id, not by a walk of the record for every item
            Map<Long, RecordedAnswer> given = new HashMap<>();
            for (RecordedAnswer answer : record.answers()) {
                given.putIfAbsent(answer.itemId(), answer);
            }
            Map<Long, List<Long>> photos = new HashMap<>();
            for (PhotoReference photo : record.photos()) {
                photos.computeIfAbsent(photo.itemId(), id -> new ArrayList<>()).add(photo.evidenceId());
            }
            answers = checklist.items().stream()
                    .map(item -> answer(item, given.get(item.id()), photos.getOrDefault(item.id(), List.of())))
                    .toList();
        }
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

    private static AnswerView answer(ChecklistItemView item, RecordedAnswer given, List<Long> photos) {
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
                List.copyOf(photos));
    }
}
