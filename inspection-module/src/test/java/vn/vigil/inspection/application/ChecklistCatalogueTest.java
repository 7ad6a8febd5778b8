package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistItemCommand;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaChecklists;

/** Checklists on a real PostgreSQL: the seed, the draft-edit-publish cycle, and final published versions. */
class ChecklistCatalogueTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    static final List<String> SEEDED = List.of(
            "ACCOMMODATION",
            "KARAOKE",
            "DISCOTHEQUE",
            "MASSAGE",
            "BARBER",
            "DIM_CAFE",
            "RESTAURANT",
            "LABOUR_EXPORT",
            "MARRIAGE_BROKERAGE");

    EntityManager em;
    ChecklistCatalogueImpl service;
    RecordingAuditLog audit;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        service = new ChecklistCatalogueImpl();
        service.checklists = new JpaChecklists(em);
        service.actor = new FixedActor("admin");
        service.audit = audit;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void everySeededLineHasAPublishedFirstVersionMixingAnswerTypes() {
        for (String code : SEEDED) {
            ChecklistVersionView inForce = service.inForce(line(code)).orElseThrow();
            assertThat(inForce.number()).as(code).isEqualTo(1);
            assertThat(inForce.draft()).isFalse();
            assertThat(inForce.publishedAt()).isNotNull();
            assertThat(inForce.items()).extracting(ChecklistItemView::position).isSorted();
            assertThat(inForce.items())
                    .extracting(ChecklistItemView::code)
                    .contains("POLICE_NOTICE", "WORKERS_KEEP_PAPERS", "WORKERS_PRESENT", "PREMISES_PHOTO")
                    .doesNotHaveDuplicates();
            assertThat(inForce.items())
                    .extracting(ChecklistItemView::answerType)
                    .contains(AnswerType.YES_NO, AnswerType.NUMBER, AnswerType.TEXT, AnswerType.PHOTO);
        }
        assertThat(service.inForce(line("KARAOKE")).orElseThrow().items())
                .extracting(ChecklistItemView::code)
                .contains("CLOSED_AT_NIGHT", "ROOM_AREA", "NO_LOCKS_OR_ALARMS", "DOOR_GLASS");
        assertThat(service.templates())
                .filteredOn(t -> SEEDED.contains(t.businessLineCode()))
                .hasSize(SEEDED.size())
                .allMatch(t -> t.inForceNumber() == 1 && t.draftId() == null);
    }

    @Test
    void aLineAddedLaterGetsATemplateWithAnEmptyDraftThatNeedsAnItemBeforePublishing() {
        long line = newLine();
        assertThat(service.inForce(line)).isEmpty();

        ChecklistTemplateView template = tx(() -> service.createTemplate(line));
        assertThat(template.inForceId()).isNull();
        assertThat(template.draftNumber()).isEqualTo(1);
        ChecklistVersionView draft = service.version(template.draftId());
        assertThatThrownBy(() -> tx(() -> service.publish(draft.id(), draft.version())))
                .satisfies(key("checklist.noItems"));
        assertThatThrownBy(() -> tx(() -> service.createTemplate(line))).satisfies(key("checklist.templateExists"));
        assertThatThrownBy(() -> tx(() -> service.startDraft(template.templateId())))
                .satisfies(key("checklist.draftExists"));
    }

    @Test
    void aDraftIsEditedPublishedAndTheEarlierVersionAVisitUsedStaysAsItWas() {
        long templateId = publishedTemplate();
        ChecklistVersionView v1 =
                service.inForce(service.template(templateId).businessLineId()).orElseThrow();

        ChecklistVersionView draft = tx(() -> service.startDraft(templateId));
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.items()).extracting(ChecklistItemView::code).containsExactly("HOURS", "ROOMS");
        long hours = draft.items().get(0).id();
        ChecklistVersionView added = tx(() -> service.addItem(draft.id(), draft.version(), photo("Ảnh phòng hát")));
        assertThat(added.version()).isGreaterThan(draft.version());
        ChecklistVersionView edited = tx(() -> service.editItem(
                draft.id(),
                added.version(),
                hours,
                new ChecklistItemCommand(
                        "HOURS", "Không hoạt động từ 00 giờ đến 08 giờ sáng?", AnswerType.YES_NO, true)));
        long photo = edited.items().get(2).id();
        ChecklistVersionView moved = tx(() -> service.moveItem(draft.id(), edited.version(), photo, 1));
        assertThat(moved.items()).extracting(ChecklistItemView::code).containsExactly("ITEM_3", "HOURS", "ROOMS");
        assertThat(moved.items()).extracting(ChecklistItemView::position).containsExactly(1, 2, 3);
        long rooms = moved.items().get(2).id();
        ChecklistVersionView removed = tx(() -> service.removeItem(draft.id(), moved.version(), rooms));
        assertThatThrownBy(() -> tx(() -> service.addItem(draft.id(), moved.version(), photo("Cũ"))))
                .isInstanceOf(ConflictException.class);

        ChecklistVersionView v2 = tx(() -> service.publish(draft.id(), removed.version()));

        em.clear();
        assertThat(v2.draft()).isFalse();
        assertThat(service.inForce(v2.businessLineId()).orElseThrow().id()).isEqualTo(v2.id());
        assertThat(service.version(v1.id())).isEqualTo(v1);
        assertThat(service.history(templateId))
                .extracting(ChecklistVersionSummary::number, ChecklistVersionSummary::itemCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 2), org.assertj.core.groups.Tuple.tuple(1, 2));
        assertThat(audit.events)
                .extracting(e -> e.action())
                .contains("CHECKLIST_ITEM_ADDED", "CHECKLIST_ITEM_MOVED", "CHECKLIST_PUBLISHED");
    }

    @Test
    void aDiscardedDraftLeavesTheVersionInForce() {
        long templateId = publishedTemplate();
        ChecklistVersionView draft = tx(() -> service.startDraft(templateId));

        inTransaction(em, () -> service.discardDraft(draft.id(), draft.version()));

        em.clear();
        ChecklistTemplateView template = service.template(templateId);
        assertThat(template.draftId()).isNull();
        assertThat(template.inForceNumber()).isEqualTo(1);
        assertThat(tx(() -> service.startDraft(templateId)).number()).isEqualTo(2);
    }

    @Test
    void aPublishedVersionIsReadFromTheDatabaseOnceAndADraftEveryTime() {
        long templateId = publishedTemplate();
        ChecklistVersionView published =
                service.inForce(service.template(templateId).businessLineId()).orElseThrow();
        ChecklistVersionView draft = tx(() -> service.startDraft(templateId));
        assertThat(service.version(published.id())).isEqualTo(published);
        assertThat(service.version(draft.id()).items()).hasSize(2);

        // the draft changes; the database is then out of reach: the published version is still answered, from
        // memory, and the draft is not (it is read again every time)
        tx(() -> service.addItem(draft.id(), draft.version(), photo("Ảnh quầy lễ tân")));
        EntityManager closed = emf.createEntityManager();
        closed.close();
        service.checklists = new JpaChecklists(closed);

        assertThat(service.version(published.id())).isEqualTo(published);
        assertThatThrownBy(() -> service.version(draft.id())).isInstanceOf(IllegalStateException.class);
        service.checklists = new JpaChecklists(em);
        em.clear();
        assertThat(service.version(draft.id()).items()).hasSize(3);
    }

    @Test
    void theDatabaseRefusesChangesToAPublishedVersionAndItsItems() {
        long templateId = publishedTemplate();
        long published = service.template(templateId).inForceId();

        assertRefused("update inspection.checklist_item set question = 'x' where version_id = " + published);
        assertRefused("delete from inspection.checklist_item where version_id = " + published);
        assertRefused(
                "insert into inspection.checklist_item (version_id, position, code, question, answer_type, required)"
                        + " values (" + published + ", 9, 'X', 'x', 'TEXT', false)");
        assertRefused(
                "update inspection.checklist_version set status = 'DRAFT', published_at = null, published_by = null"
                        + " where id = " + published);
        assertRefused("delete from inspection.checklist_version where id = " + published);
        assertThat(service.version(published).items()).hasSize(2);
    }

    /** A template of a new line with version 1 published: HOURS (yes/no) and ROOMS (number). */
    private long publishedTemplate() {
        long line = newLine();
        ChecklistTemplateView template = tx(() -> service.createTemplate(line));
        ChecklistVersionView draft = service.version(template.draftId());
        ChecklistVersionView one = tx(() -> service.addItem(
                draft.id(),
                draft.version(),
                new ChecklistItemCommand("hours", "Không hoạt động ban đêm?", AnswerType.YES_NO, true)));
        ChecklistVersionView two = tx(() -> service.addItem(
                draft.id(), one.version(), new ChecklistItemCommand("ROOMS", "Số phòng hát", AnswerType.NUMBER, true)));
        tx(() -> service.publish(draft.id(), two.version()));
        em.clear();
        return template.templateId();
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(
                        () -> inTransaction(em, () -> em.createNativeQuery(sql).executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .rootCause()
                .hasMessageContaining("refused");
    }

    private long newLine() {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        BusinessLine line = new BusinessLine(code, "Ngành thử " + code, "Test line " + code, 40, false);
        inTransaction(em, () -> em.persist(line));
        return line.id();
    }

    private long line(String code) {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = :code")
                        .setParameter("code", code)
                        .getSingleResult())
                .longValue();
    }

    private static ChecklistItemCommand photo(String question) {
        return new ChecklistItemCommand(null, question, AnswerType.PHOTO, false);
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> key(String messageKey) {
        return e -> assertThat(((DomainException) e).messageKey()).isEqualTo(messageKey);
    }
}
