package vn.vigil.inspection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitOutcome;

/**
 * A record's content checked against the record's checklist items and the visit's evidence: each answer fits its
 * item's type, photos are this visit's evidence, people and findings are complete, and the outcome fits the findings
 * and indicators. Built whole or refused with the first reason.
 */
public record RecordDraft(
        List<RecordedAnswer> answers,
        List<PhotoReference> photos,
        List<IndicatorObservation> indicators,
        List<PersonPresent> people,
        List<Finding> findings,
        VisitOutcome outcome) {

    static final BigDecimal NUMBER_LIMIT = new BigDecimal("100000000000");

    public static RecordDraft of(RecordContent content, List<ChecklistItemView> items, Set<Long> visitEvidence) {
        Map<Long, ChecklistItemView> byId =
                items.stream().collect(Collectors.toMap(ChecklistItemView::id, Function.identity()));
        List<RecordedAnswer> answers = new ArrayList<>();
        List<PhotoReference> photos = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (AnswerEntry entry : content.answers()) {
            ChecklistItemView item = byId.get(entry.itemId());
            if (item == null) {
                throw new DomainException("record.unknownItem", entry.itemId());
            }
            if (!seen.add(item.id())) {
                throw new DomainException("record.duplicateAnswer", item.code());
            }
            addAnswer(item, entry, visitEvidence, answers, photos);
        }
        List<Finding> findings =
                content.findings().stream().map(f -> finding(f, byId.keySet())).toList();
        List<IndicatorObservation> indicators = indicators(content.indicators());
        List<PersonPresent> people =
                content.people().stream().map(RecordDraft::person).toList();
        checkOutcome(content.outcome(), findings, indicators);
        return new RecordDraft(answers, photos, indicators, people, findings, content.outcome());
    }

    private static void addAnswer(
            ChecklistItemView item,
            AnswerEntry entry,
            Set<Long> visitEvidence,
            List<RecordedAnswer> answers,
            List<PhotoReference> photos) {
        String text = multiline(entry.text());
        boolean yesNo = entry.yesNo() != null;
        boolean number = entry.number() != null;
        boolean photo = !entry.evidenceIds().isEmpty();
        long kinds =
                Stream.of(yesNo, number, text != null, photo).filter(b -> b).count();
        AnswerType given =
                yesNo ? AnswerType.YES_NO : number ? AnswerType.NUMBER : photo ? AnswerType.PHOTO : AnswerType.TEXT;
        if (kinds > 1 || (kinds == 1 && given != item.answerType())) {
            throw new DomainException("record.answerWrongType", item.code());
        }
        switch (item.answerType()) {
            case YES_NO -> {
                if (yesNo) answers.add(new RecordedAnswer(item.id(), entry.yesNo(), null, null));
            }
            case NUMBER -> {
                if (number) answers.add(new RecordedAnswer(item.id(), null, checkedNumber(item, entry.number()), null));
            }
            case TEXT -> {
                if (text != null) {
                    Text.maxLength(text, "record.answer", VisitRecord.TEXT_MAX);
                    answers.add(new RecordedAnswer(item.id(), null, null, text));
                }
            }
            case PHOTO ->
                entry.evidenceIds().stream().distinct().forEach(evidence -> {
                    if (!visitEvidence.contains(evidence)) {
                        throw new DomainException("record.evidenceUnknown", item.code());
                    }
                    photos.add(new PhotoReference(item.id(), evidence));
                });
        }
    }

    private static BigDecimal checkedNumber(ChecklistItemView item, BigDecimal value) {
        if (value.abs().compareTo(NUMBER_LIMIT) >= 0
                || Math.max(value.stripTrailingZeros().scale(), 0) > 3) {
            throw new DomainException("record.numberInvalid", item.code());
        }
        return value;
    }

    private static List<IndicatorObservation> indicators(List<IndicatorEntry> entries) {
        Map<TraffickingIndicator, IndicatorEntry> given = new EnumMap<>(TraffickingIndicator.class);
        for (IndicatorEntry entry : entries) {
            if (entry.indicator() == null) {
                throw new DomainException("validation.required", "record.indicator");
            }
            if (given.put(entry.indicator(), entry) != null) {
                throw new DomainException("record.duplicateIndicator", entry.indicator());
            }
        }
        List<IndicatorObservation> all = new ArrayList<>();
        for (TraffickingIndicator indicator : TraffickingIndicator.values()) {
            IndicatorEntry entry = given.get(indicator);
            boolean observed = entry != null && entry.observed();
            String note = entry == null ? null : multiline(entry.note());
            if (observed && note == null) {
                throw new DomainException("record.indicatorNoteMissing", indicator);
            }
            all.add(new IndicatorObservation(
                    indicator, observed, Text.maxLength(note, "record.indicatorNote", VisitRecord.NOTE_MAX)));
        }
        return all;
    }

    private static PersonPresent person(PersonEntry entry) {
        String name = Text.required(entry.fullName(), "record.personName", VisitRecord.NAME_MAX);
        if (entry.role() == null) {
            throw new DomainException("validation.required", "record.personRole");
        }
        String statement =
                Text.maxLength(multiline(entry.statementSummary()), "record.statement", VisitRecord.TEXT_MAX);
        if (statement != null && !entry.interviewed()) {
            throw new DomainException("record.statementWithoutInterview", name);
        }
        return new PersonPresent(
                name,
                entry.role(),
                Text.maxLength(Text.clean(entry.idDocument()), "record.idDocument", VisitRecord.ID_DOCUMENT_MAX),
                entry.interviewed(),
                statement);
    }

    private static Finding finding(FindingEntry entry, Set<Long> itemIds) {
        String text = multiline(entry.text());
        if (text == null) {
            throw new DomainException("validation.required", "record.findingText");
        }
        Text.maxLength(text, "record.findingText", VisitRecord.TEXT_MAX);
        if (entry.itemId() != null && !itemIds.contains(entry.itemId())) {
            throw new DomainException("record.unknownItem", entry.itemId());
        }
        return new Finding(text, entry.itemId(), entry.violation(), entry.reinspectBy());
    }

    private static void checkOutcome(
            VisitOutcome outcome, List<Finding> findings, List<IndicatorObservation> indicators) {
        boolean violation = findings.stream().anyMatch(Finding::violation);
        if (outcome == VisitOutcome.VIOLATIONS_FOUND && !violation) {
            throw new DomainException("record.outcomeNeedsViolation");
        }
        if (outcome == VisitOutcome.NO_VIOLATION && violation) {
            throw new DomainException("record.outcomeHasViolation");
        }
        if (outcome == VisitOutcome.SIGNS_OF_CRIME
                && findings.isEmpty()
                && indicators.stream().noneMatch(IndicatorObservation::observed)) {
            throw new DomainException("record.outcomeNeedsSigns");
        }
    }

    /** Trims a multi-line text, keeping its line breaks; blank is null. */
    private static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
