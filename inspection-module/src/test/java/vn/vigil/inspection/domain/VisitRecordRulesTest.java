package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitOutcome;

/** The rules of a visit record's content and sign-off, without a database. */
class VisitRecordRulesTest {

    static final ChecklistItemView LOCKS =
            new ChecklistItemView(1, 1, "K1", "Khóa trong phòng?", AnswerType.YES_NO, true);
    static final ChecklistItemView ROOMS = new ChecklistItemView(2, 2, "K2", "Số phòng", AnswerType.NUMBER, false);
    static final ChecklistItemView HOURS = new ChecklistItemView(3, 3, "K3", "Giờ mở cửa", AnswerType.TEXT, false);
    static final ChecklistItemView SIGN = new ChecklistItemView(4, 4, "K4", "Ảnh biển hiệu", AnswerType.PHOTO, true);
    static final List<ChecklistItemView> ITEMS = List.of(LOCKS, ROOMS, HOURS, SIGN);
    static final Set<Long> EVIDENCE = Set.of(70L, 71L);

    static final FindingEntry VIOLATION = new FindingEntry("Phòng hát có khóa trong", 1L, true, null);
    static final FindingEntry REMARK = new FindingEntry("Sổ lưu trú ghi chưa đủ", null, false, null);
    static final IndicatorEntry MINORS =
            new IndicatorEntry(TraffickingIndicator.MINORS_PRESENT, true, "Hai nhân viên dưới 18 tuổi");

    @Test
    void answersFitTheirItemTypeAndPhotosAreTheVisitsEvidence() {
        RecordDraft draft = draft(
                List.of(
                        new AnswerEntry(1, true, null, null, null),
                        new AnswerEntry(2, null, new BigDecimal("12"), null, null),
                        new AnswerEntry(3, null, null, "  08:00 – 24:00 ", null),
                        new AnswerEntry(4, null, null, null, List.of(70L, 71L))),
                List.of(),
                List.of(),
                null);

        assertThat(draft.answers()).extracting(RecordedAnswer::itemId).containsExactly(1L, 2L, 3L);
        assertThat(draft.answers().get(2).text()).isEqualTo("08:00 – 24:00");
        assertThat(draft.photos()).extracting(PhotoReference::evidenceId).containsExactly(70L, 71L);
        assertRefused(new AnswerEntry(1, null, BigDecimal.ONE, null, null), "record.answerWrongType");
        assertRefused(new AnswerEntry(2, true, null, null, null), "record.answerWrongType");
        assertRefused(new AnswerEntry(3, true, null, "có", null), "record.answerWrongType");
        assertRefused(new AnswerEntry(4, null, null, null, List.of(99L)), "record.evidenceUnknown");
        assertRefused(new AnswerEntry(2, null, new BigDecimal("1.2345"), null, null), "record.numberInvalid");
        assertRefused(new AnswerEntry(77, true, null, null, null), "record.unknownItem");
    }

    @Test
    void anEmptyAnswerLeavesTheItemUnansweredAndEveryIndicatorIsKept() {
        RecordDraft draft =
                draft(List.of(new AnswerEntry(3, null, null, "   ", null)), List.of(MINORS), List.of(REMARK), null);

        assertThat(draft.answers()).isEmpty();
        assertThat(draft.indicators()).hasSize(TraffickingIndicator.values().length);
        assertThat(draft.indicators())
                .filteredOn(IndicatorObservation::observed)
                .hasSize(1);
    }

    @Test
    void theOutcomeMustFitFindingsAndIndicators() {
        assertOutcomeRefused(VisitOutcome.VIOLATIONS_FOUND, List.of(REMARK), List.of(), "record.outcomeNeedsViolation");
        assertOutcomeRefused(VisitOutcome.NO_VIOLATION, List.of(VIOLATION), List.of(), "record.outcomeHasViolation");
        assertOutcomeRefused(VisitOutcome.SIGNS_OF_CRIME, List.of(), List.of(), "record.outcomeNeedsSigns");

        assertThat(draft(List.of(), List.of(), List.of(VIOLATION), VisitOutcome.VIOLATIONS_FOUND)
                        .outcome())
                .isEqualTo(VisitOutcome.VIOLATIONS_FOUND);
        assertThat(draft(List.of(), List.of(MINORS), List.of(), VisitOutcome.SIGNS_OF_CRIME)
                        .outcome())
                .isEqualTo(VisitOutcome.SIGNS_OF_CRIME);
        assertThat(draft(List.of(), List.of(), List.of(REMARK), VisitOutcome.NO_VIOLATION)
                        .outcome())
                .isEqualTo(VisitOutcome.NO_VIOLATION);
    }

    @Test
    void peopleNeedANameAndRoleAndOnlyThoseInterviewedHaveAStatement() {
        PersonEntry owner = new PersonEntry("Nguyễn Văn Chủ", PresentRole.OWNER, "079123456789", true, "Đã khai");
        RecordDraft draft = withPeople(owner);
        assertThat(draft.people()).hasSize(1);

        assertThatThrownBy(() -> withPeople(new PersonEntry(" ", PresentRole.WORKER, null, false, null)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
        assertThatThrownBy(
                        () -> withPeople(new PersonEntry("Lê Thị Hoa", PresentRole.WORKER, null, false, "Nói gì đó")))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.statementWithoutInterview");
    }

    @Test
    void anObservedIndicatorNeedsANote() {
        assertThatThrownBy(() -> draft(
                        List.of(),
                        List.of(new IndicatorEntry(TraffickingIndicator.DEBT_BONDAGE, true, " ")),
                        List.of(),
                        null))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.indicatorNoteMissing");
    }

    @Test
    void signOffNeedsAnOutcomeAndEveryRequiredItemThenTheRecordIsFinal() {
        VisitRecord record = new VisitRecord(1, 2, 3L);
        record.revise(draft(List.of(new AnswerEntry(1, false, null, null, null)), List.of(), List.of(), null));
        assertThatThrownBy(() -> record.signOff("lead", Instant.now(), ITEMS))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.outcomeMissing");

        record.revise(draft(
                List.of(new AnswerEntry(1, false, null, null, null)), List.of(), List.of(), VisitOutcome.NO_VIOLATION));
        assertThatThrownBy(() -> record.signOff("lead", Instant.now(), ITEMS))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).arguments()[0])
                .isEqualTo("K4");

        record.revise(draft(
                List.of(
                        new AnswerEntry(1, false, null, null, null),
                        new AnswerEntry(4, null, null, null, List.of(70L))),
                List.of(),
                List.of(new FindingEntry("Tái kiểm tra", null, false, LocalDate.of(2026, 12, 1))),
                VisitOutcome.NO_VIOLATION));
        record.signOff("lead", Instant.now(), ITEMS);

        assertThat(record.signedOffBy()).isEqualTo("lead");
        assertThatThrownBy(() -> record.revise(draft(List.of(), List.of(), List.of(), null)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.signedOff");
    }

    @Test
    void anAmendmentNeedsASignedRecordAReasonAndLateEvidenceOnly() {
        VisitRecord open = new VisitRecord(1, 2, null);
        assertThatThrownBy(() -> new Amendment(open, "Sửa", "Nội dung", List.of(), Set.of(), "lead", Instant.now()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notSignedOff");

        VisitRecord signed = new VisitRecord(1, 2, null);
        signed.revise(draft(List.of(), List.of(), List.of(), VisitOutcome.NO_VIOLATION));
        signed.signOff("lead", Instant.now(), List.of());
        assertThatThrownBy(() -> new Amendment(signed, " ", "Nội dung", List.of(), Set.of(), "lead", Instant.now()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
        assertThatThrownBy(() -> new Amendment(
                        signed, "Bổ sung ảnh", "Ảnh chụp sau", List.of(70L), Set.of(71L), "lead", Instant.now()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("amendment.evidenceUnknown");
        Amendment amendment =
                new Amendment(signed, "Bổ sung ảnh", "Ảnh chụp sau", List.of(71L), Set.of(71L), "lead", Instant.now());
        assertThat(amendment.evidenceIds()).containsExactly(71L);
    }

    private static RecordDraft draft(
            List<AnswerEntry> answers,
            List<IndicatorEntry> indicators,
            List<FindingEntry> findings,
            VisitOutcome outcome) {
        return RecordDraft.of(new RecordContent(answers, indicators, List.of(), findings, outcome), ITEMS, EVIDENCE);
    }

    private static void assertRefused(AnswerEntry answer, String key) {
        assertThatThrownBy(() -> draft(List.of(answer), List.of(), List.of(), null))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    private static void assertOutcomeRefused(
            VisitOutcome outcome, List<FindingEntry> findings, List<IndicatorEntry> indicators, String key) {
        assertThatThrownBy(() -> draft(List.of(), indicators, findings, outcome))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    private static RecordDraft withPeople(PersonEntry... people) {
        return RecordDraft.of(
                new RecordContent(List.of(), List.of(), List.of(people), List.of(), null), ITEMS, EVIDENCE);
    }
}
