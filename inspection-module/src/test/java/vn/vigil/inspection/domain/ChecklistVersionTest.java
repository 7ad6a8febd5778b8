package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistItemCommand;

/** The versioning rules of a checklist: drafts change, published versions do not, the next draft is a copy. */
class ChecklistVersionTest {

    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    @Test
    void aNewTemplateStartsWithAnEmptyDraftOfVersionOneThatCannotBePublishedEmpty() {
        ChecklistVersion draft = ChecklistVersion.firstDraft(7);

        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.isDraft()).isTrue();
        assertThatThrownBy(() -> draft.publish("admin", NOW)).satisfies(key("checklist.noItems"));
    }

    @Test
    void itemsAreNumberedInOrderAndABlankCodeIsChosenFreely() {
        ChecklistVersion draft = ChecklistVersion.firstDraft(7);
        draft.addItem(yesNo("item_2", "Có sổ quản lý khách lưu trú?"));
        ChecklistItem chosen = draft.addItem(yesNo(" ", "Có niêm yết nội quy?"));

        assertThat(draft.items()).extracting(ChecklistItem::position).containsExactly(1, 2);
        assertThat(draft.items().get(0).code()).isEqualTo("ITEM_2");
        assertThat(chosen.code()).isEqualTo("ITEM_3");
    }

    @Test
    void refusesATakenCodeABadCodeAMissingQuestionOrAnswerType() {
        ChecklistVersion draft = ChecklistVersion.firstDraft(7);
        draft.addItem(yesNo("GUEST_REGISTER", "Có sổ quản lý khách lưu trú?"));

        assertThatThrownBy(() -> draft.addItem(yesNo("guest_register", "Câu khác?")))
                .satisfies(key("checklist.codeTaken"));
        assertThatThrownBy(() -> draft.addItem(yesNo("1-BAD", "Câu hỏi?"))).satisfies(key("checklist.codeInvalid"));
        assertThatThrownBy(() -> draft.addItem(yesNo("OK", "  "))).satisfies(key("validation.required"));
        assertThatThrownBy(() -> draft.addItem(yesNo("OK", "x".repeat(501)))).satisfies(key("validation.tooLong"));
        assertThatThrownBy(() -> draft.addItem(new ChecklistItemCommand("OK", "Câu hỏi?", null, true)))
                .satisfies(key("validation.required"));
        assertThat(draft.items()).hasSize(1);
    }

    @Test
    void aPublishedVersionRefusesEveryChangeAndTheNextDraftIsACopyWithTheNextNumber() {
        ChecklistVersion v1 = ChecklistVersion.firstDraft(7);
        v1.addItem(new ChecklistItemCommand("ROOM_AREA", "Phòng hát từ 20 m² trở lên?", AnswerType.YES_NO, true));
        v1.addItem(new ChecklistItemCommand("PHOTO", "Ảnh chụp mặt tiền", AnswerType.PHOTO, false));
        v1.publish("admin", NOW);

        assertThat(v1.isDraft()).isFalse();
        assertThat(v1.publishedBy()).isEqualTo("admin");
        assertThat(v1.publishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> v1.addItem(yesNo("MORE", "Thêm?"))).satisfies(key("checklist.published"));
        assertThatThrownBy(() -> v1.publish("admin", NOW)).satisfies(key("checklist.published"));
        assertThatThrownBy(v1::requireDraft).satisfies(key("checklist.published"));

        ChecklistVersion v2 = v1.nextDraft();
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.isDraft()).isTrue();
        assertThat(v2.templateId()).isEqualTo(7);
        assertThat(v2.items())
                .extracting(ChecklistItem::code, ChecklistItem::answerType, ChecklistItem::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ROOM_AREA", AnswerType.YES_NO, true),
                        org.assertj.core.groups.Tuple.tuple("PHOTO", AnswerType.PHOTO, false));
        assertThat(v2.items().get(0)).isNotSameAs(v1.items().get(0));
    }

    @Test
    void aDraftDoesNotStartAnotherDraft() {
        ChecklistVersion draft = ChecklistVersion.firstDraft(7);

        assertThatThrownBy(draft::nextDraft).satisfies(key("checklist.draftExists"));
    }

    private static ChecklistItemCommand yesNo(String code, String question) {
        return new ChecklistItemCommand(code, question, AnswerType.YES_NO, true);
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> key(String messageKey) {
        return e -> assertThat(((DomainException) e).messageKey()).isEqualTo(messageKey);
    }
}
