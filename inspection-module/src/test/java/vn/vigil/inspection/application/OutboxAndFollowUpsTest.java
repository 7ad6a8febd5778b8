package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.TraffickingIndicatorsSeen;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.OutboxDispatcher;

/** Events published once after a committed sign-off, and follow-ups opened by findings and closed by later visits. */
class OutboxAndFollowUpsTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    RecordFixture fixture;
    List<Object> published = new ArrayList<>();
    OutboxDispatcher dispatcher;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        fixture = new RecordFixture(em);
        dispatcher = new OutboxDispatcher(em, published::add);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aRolledBackSignOffPublishesNothing() {
        long visit = fixture.visit(0);
        VisitRecordView saved = saved(visit, VisitRecordsTest.complete(fixture.evidence.add(visit, false)));

        assertThatThrownBy(() -> tx(() -> {
                    fixture.service.signOff(visit, saved.version());
                    throw new IllegalStateException("the transaction fails after sign-off");
                }))
                .isInstanceOf(IllegalStateException.class);
        dispatch();

        assertThat(eventsOf(visit)).isEmpty();
    }

    @Test
    void aCommittedSignOffPublishesEachEventOnceHoweverOftenDispatched() {
        long visit = fixture.visit(0);
        VisitRecordView saved = saved(visit, VisitRecordsTest.complete(fixture.evidence.add(visit, false)));
        tx(() -> fixture.service.signOff(visit, saved.version()));

        dispatch();
        dispatch();

        assertThat(eventsOf(visit))
                .containsExactlyInAnyOrder(
                        new VisitViolationsFound(visit, fixture.establishment),
                        new TraffickingIndicatorsSeen(visit, fixture.establishment));
    }

    @Test
    void aSignOffWithoutViolationsOrIndicatorsPublishesNothing() {
        long visit = fixture.visit(0);
        VisitRecordView saved = saved(visit, clean(visit, null));
        tx(() -> fixture.service.signOff(visit, saved.version()));

        dispatch();

        assertThat(eventsOf(visit)).isEmpty();
    }

    @Test
    void aFindingDemandsReinspectionUntilALaterVisitIsSignedOff() {
        long first = fixture.visit(30);
        LocalDate due = LocalDate.now().minusDays(3);
        VisitRecordView saved = saved(first, clean(first, due));
        tx(() -> fixture.service.signOff(first, saved.version()));

        assertThat(overdue())
                .filteredOn(f -> f.visitId() == first)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.dueOn()).isEqualTo(due);
                    assertThat(f.establishmentName()).isEqualTo("Karaoke Ánh Dương");
                });

        long later = fixture.visit(0);
        VisitRecordView again = saved(later, clean(later, null));
        tx(() -> fixture.service.signOff(later, again.version()));

        assertThat(overdue()).noneMatch(f -> f.visitId() == first);
    }

    @Test
    void aLeadClosesAFollowUpWithANoteAndTheListIsSoonestDueFirst() {
        long visit = fixture.visit(10);
        LocalDate today = LocalDate.now();
        RecordContent two = new RecordContent(
                required(visit),
                List.of(),
                List.of(),
                List.of(
                        new FindingEntry("Kiểm tra lại sổ lưu trú", null, false, today.minusDays(1)),
                        new FindingEntry("Kiểm tra lại giờ đóng cửa", null, false, today.minusDays(5))),
                VisitOutcome.NO_VIOLATION);
        VisitRecordView saved = saved(visit, two);
        tx(() -> fixture.service.signOff(visit, saved.version()));

        List<FollowUpView> mine =
                overdue().stream().filter(f -> f.visitId() == visit).toList();
        assertThat(mine).extracting(FollowUpView::dueOn).containsExactly(today.minusDays(5), today.minusDays(1));
        assertThat(overdue()).extracting(FollowUpView::dueOn).isSorted();

        FollowUpView first = mine.get(0);
        assertThatThrownBy(() -> tx(() -> fixture.followUps.close(first.id(), first.version(), " ")))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
        FollowUpView closed =
                tx(() -> fixture.followUps.close(first.id(), first.version(), "Cơ sở đã ngừng kinh doanh"));

        assertThat(closed.closedBy()).isEqualTo("lead");
        assertThat(overdue()).noneMatch(f -> f.id() == first.id());
    }

    private List<FollowUpView> overdue() {
        em.clear();
        return fixture.followUps.open(true, PageRequest.first(200)).items();
    }

    private RecordContent clean(long visit, LocalDate reinspectBy) {
        return new RecordContent(
                required(visit),
                List.of(),
                List.of(),
                List.of(new FindingEntry("Biển hiệu chưa đúng quy định", null, false, reinspectBy)),
                VisitOutcome.NO_VIOLATION);
    }

    private VisitRecordView saved(long visit, RecordContent content) {
        fixture.staff.actAs("lead");
        VisitRecordView begun = tx(() -> fixture.service.beginRecording(visit));
        return tx(() -> fixture.service.save(visit, begun.version(), content));
    }

    /** The answers a sign-off needs: the required yes/no item, and the required photo item with a photo. */
    private List<AnswerEntry> required(long visit) {
        return List.of(
                new AnswerEntry(FakeChecklists.LOCKS.id(), false, null, null, null),
                new AnswerEntry(
                        FakeChecklists.SIGN.id(), null, null, null, List.of(fixture.evidence.add(visit, false))));
    }

    private void dispatch() {
        inTransaction(em, unused -> dispatcher.dispatchPending());
    }

    private List<Object> eventsOf(long visit) {
        return published.stream()
                .filter(e -> e instanceof VisitViolationsFound v && v.visitId() == visit
                        || e instanceof TraffickingIndicatorsSeen t && t.visitId() == visit)
                .toList();
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
