package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitUtil;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.AmendmentCommand;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.AnswerView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.RecordSaved;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitRecord;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;

/** Visit records on a real PostgreSQL: recording, conflicts, sign-off and what it changes, immutability. */
class VisitRecordsTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    RecordFixture fixture;
    VisitRecordsImpl service;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        fixture = new RecordFixture(em);
        service = fixture.service;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void beginningFixesTheChecklistVersionAndPutsTheVisitInProgress() {
        long visit = fixture.visit(0);

        VisitRecordView record = tx(() -> service.beginRecording(visit));

        assertThat(record.checklistVersionId()).isEqualTo(FakeChecklists.VERSION);
        assertThat(record.answers()).extracting(AnswerView::code).containsExactly("K1", "K2", "K3", "K4");
        assertThat(record.indicators()).hasSize(TraffickingIndicator.values().length);
        assertThat(status(visit)).isEqualTo(VisitStatus.IN_PROGRESS);
        assertThat(tx(() -> service.beginRecording(visit)).id()).isEqualTo(record.id());
        assertThat(service.header(visit).establishmentName()).isEqualTo("Karaoke Ánh Dương");
    }

    @Test
    void savesTheWholeContentAndRefusesAStaleVersion() {
        long visit = fixture.visit(0);
        VisitRecordView begun = tx(() -> service.beginRecording(visit));
        long photo = fixture.evidence.add(visit, false);

        VisitRecordView saved = tx(() -> service.save(visit, begun.version(), complete(photo)));

        em.clear();
        VisitRecordView stored = service.find(visit).orElseThrow();
        assertThat(stored.answers()).allMatch(AnswerView::answered);
        assertThat(stored.answers().get(1).number()).isEqualByComparingTo("12");
        assertThat(stored.answers().get(3).evidenceIds()).containsExactly(photo);
        assertThat(stored.people()).extracting(PersonEntry::fullName).containsExactly("Trần Văn Chủ", "Lê Thị Mai");
        assertThat(stored.findings()).hasSize(1);
        assertThat(stored.outcome()).isEqualTo(VisitOutcome.VIOLATIONS_FOUND);
        assertThat(stored.version()).isGreaterThan(begun.version());
        assertThatThrownBy(() -> tx(() -> service.save(visit, begun.version(), complete(photo))))
                .isInstanceOf(ConflictException.class);
        assertThat(saved.version()).isEqualTo(stored.version());
    }

    @Test
    void twoPeopleSavingAtTheSameMomentTheSecondIsRefusedAndTheFirstKept() throws Exception {
        long visit = fixture.visit(0);
        VisitRecordView begun = tx(() -> service.beginRecording(visit));
        long photo = fixture.evidence.add(visit, false);
        EntityManager other = emf.createEntityManager();
        RecordFixture second = new RecordFixture(other);
        second.evidence.add(visit, false);
        second.staff.add(fixture.lead, "colleague", Role.TEAM_LEAD);
        second.staff.actAs("colleague");

        em.getTransaction().begin();
        service.save(visit, begun.version(), complete(photo));
        CompletableFuture<Throwable> late = CompletableFuture.supplyAsync(() -> {
            try {
                inTransaction(other, unused -> second.service.save(visit, begun.version(), remarksOnly()));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread.sleep(500);
        em.getTransaction().commit();
        Throwable refused = late.get(30, TimeUnit.SECONDS);
        other.close();

        assertThat(refused).isInstanceOfAny(OptimisticLockException.class, ConflictException.class);
        em.clear();
        assertThat(service.find(visit).orElseThrow().outcome()).isEqualTo(VisitOutcome.VIOLATIONS_FOUND);
    }

    @Test
    void onlyThePeopleOnTheVisitAndTheirLeadWriteItsRecord() {
        long visit = fixture.visit(0);
        fixture.staff.actAs("otherlead");
        assertThatThrownBy(() -> tx(() -> service.beginRecording(visit)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notOnVisit");
        assertThat(status(visit)).as("nothing changed").isEqualTo(VisitStatus.SCHEDULED);

        fixture.staff.actAs("lead");
        VisitRecordView begun = tx(() -> service.beginRecording(visit));
        fixture.staff.actAs("otherlead");
        assertThatThrownBy(() -> tx(() -> service.save(visit, begun.version(), remarksOnly())))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notOnVisit");
        fixture.staff.actAs("inspector");
        assertThat(tx(() -> service.save(visit, begun.version(), remarksOnly())).version())
                .isGreaterThan(begun.version());
    }

    @Test
    void onlyALeadOfTheVisitsTeamSignsAndOnlyWhenRequiredItemsAreAnswered() {
        long visit = fixture.visit(0);
        VisitRecordView begun = tx(() -> service.beginRecording(visit));
        VisitRecordView partial = tx(() -> service.save(visit, begun.version(), remarksOnly()));

        fixture.staff.actAs("lead");
        assertThatThrownBy(() -> tx(() -> service.signOff(visit, partial.version())))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.requiredUnanswered");
        long photo = fixture.evidence.add(visit, false);
        VisitRecordView complete = tx(() -> service.save(visit, partial.version(), complete(photo)));
        fixture.staff.actAs("otherlead");
        assertThatThrownBy(() -> tx(() -> service.signOff(visit, complete.version())))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notTeamLead");
        fixture.staff.actAs("inspector");
        assertThatThrownBy(() -> tx(() -> service.signOff(visit, complete.version())))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notTeamLead");

        fixture.staff.actAs("lead");
        VisitRecordView signed = tx(() -> service.signOff(visit, complete.version()));

        assertThat(signed.signedOffBy()).isEqualTo("lead");
        assertThat(status(visit)).isEqualTo(VisitStatus.SIGNED_OFF);
        assertThatThrownBy(() -> tx(() -> service.save(visit, signed.version(), complete(photo))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.signedOff");
    }

    @Test
    void signOffNotesTheInspectionOnTheEstablishmentAndRecomputesItsRisk() {
        long visit = fixture.visit(1);
        signedOff(visit, complete(fixture.evidence.add(visit, false)));

        Object[] row = (Object[]) em.createNativeQuery(
                        "select last_inspected_on, indicator_count, risk_score from inspection.establishment where id = :id")
                .setParameter("id", fixture.establishment)
                .getSingleResult();
        Instant start = em.find(Visit.class, visit).period().startsAt();
        assertThat(row[0].toString())
                .isEqualTo(LocalDate.ofInstant(start, ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toString());
        assertThat(((Number) row[1]).intValue()).isEqualTo(1);
        assertThat(((Number) row[2]).intValue()).isPositive();
    }

    @Test
    void theDatabaseRefusesChangesToASignedRecordAndItsParts() {
        long visit = fixture.visit(0);
        VisitRecordView signed = signedOff(visit, complete(fixture.evidence.add(visit, false)));
        long other = fixture.visit(1);
        long open = tx(() -> service.beginRecording(other)).id();

        for (String change : List.of(
                "update inspection.visit_record set outcome = 'NO_VIOLATION' where id = :id",
                "delete from inspection.visit_record_finding where record_id = :id",
                "update inspection.visit_record_person set full_name = 'X' where record_id = :id",
                "insert into inspection.visit_record_answer (record_id, position, item_id) values (:id, 99, 99)")) {
            assertThatThrownBy(() -> inTransaction(
                            em,
                            () -> em.createNativeQuery(change)
                                    .setParameter("id", signed.id())
                                    .executeUpdate()))
                    .isInstanceOf(PersistenceException.class)
                    .hasStackTraceContaining("signed off");
        }
        // nor can a part leave it for a record still open
        assertThatThrownBy(() -> inTransaction(
                        em,
                        () -> em.createNativeQuery("update inspection.visit_record_person set record_id = :open,"
                                        + " position = position + 10 where record_id = :id")
                                .setParameter("open", open)
                                .setParameter("id", signed.id())
                                .executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("signed off");
    }

    @Test
    void amendmentsFollowSignOffAsHistory() {
        long visit = fixture.visit(0);
        assertThatThrownBy(() -> tx(() -> {
                    service.beginRecording(visit);
                    return service.amend(visit, new AmendmentCommand("Lý do", "Nội dung", List.of()));
                }))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notSignedOff");
        signedOff(visit, complete(fixture.evidence.add(visit, false)));
        long late = fixture.evidence.add(visit, true);

        fixture.staff.actAs("inspector");
        tx(() -> service.amend(visit, new AmendmentCommand("Ghi sót", "Bổ sung tên nhân viên", List.of())));
        tx(() -> service.amend(visit, new AmendmentCommand("Bổ sung ảnh", "Ảnh chụp sau", List.of(late))));

        em.clear();
        VisitRecordView record = service.find(visit).orElseThrow();
        assertThat(record.amendments()).extracting(a -> a.reason()).containsExactly("Ghi sót", "Bổ sung ảnh");
        assertThat(record.amendments().get(1).evidenceIds()).containsExactly(late);
        assertThat(record.amendments().get(0).amendedBy()).isEqualTo("inspector");
        assertThat(service.amendments(visit)).hasSize(2);
    }

    /** One version of a complete record's content: each field below lives in another of the record's five parts. */
    record Content(String rooms, List<Long> photos, String indicatorNote, String second, String finding) {

        Content rooms(String value) {
            return new Content(value, photos, indicatorNote, second, finding);
        }

        Content photos(List<Long> value) {
            return new Content(rooms, value, indicatorNote, second, finding);
        }

        Content indicatorNote(String value) {
            return new Content(rooms, photos, value, second, finding);
        }

        Content second(String value) {
            return new Content(rooms, photos, indicatorNote, value, finding);
        }

        Content finding(String value) {
            return new Content(rooms, photos, indicatorNote, second, value);
        }

        RecordContent entries() {
            return new RecordContent(
                    List.of(
                            new AnswerEntry(FakeChecklists.LOCKS.id(), true, null, null, null),
                            new AnswerEntry(FakeChecklists.ROOMS.id(), null, new BigDecimal(rooms), null, null),
                            new AnswerEntry(FakeChecklists.HOURS.id(), null, null, "08:00 – 24:00", null),
                            new AnswerEntry(FakeChecklists.SIGN.id(), null, null, null, photos)),
                    List.of(new IndicatorEntry(TraffickingIndicator.WITHHELD_DOCUMENTS, true, indicatorNote)),
                    List.of(
                            new PersonEntry("Trần Văn Chủ", PresentRole.OWNER, "079080001234", true, "Thừa nhận"),
                            new PersonEntry(second, PresentRole.WORKER, null, false, null)),
                    List.of(new FindingEntry(finding, FakeChecklists.LOCKS.id(), true, null)),
                    VisitOutcome.VIOLATIONS_FOUND);
        }
    }

    @Test
    void aSaveReadsAndWritesOnlyThePartsThatChangedAndEveryChangeIsKept() {
        Saved first = savedWithEveryPart();
        long visit = first.visit();
        long photo = first.content().photos().get(0);
        long another = fixture.evidence.add(visit, false);
        long version = first.version();
        Content content = first.content();

        version = savedBriefly(visit, version, content = content.rooms("13"), "answers");
        version = savedBriefly(visit, version, content = content.photos(List.of(photo, another)), "photos");
        version =
                savedBriefly(visit, version, content = content.indicatorNote("Giữ CCCD của 3 nhân viên"), "indicators");
        version = savedBriefly(visit, version, content = content.second("Lê Thị Hoa"), "people");
        version = savedBriefly(visit, version, content = content.finding("Khóa trong phòng hát số 2"), "findings");
        // the same number written otherwise is the same stored number: nothing to write
        savedBriefly(visit, version, content.rooms("13.000"));
    }

    static final String[] EVERY_PART = {"answers", "photos", "indicators", "people", "findings"};

    /** A record saved once with a photo: its visit, content and version. Its first save writes every part. */
    record Saved(long visit, Content content, long version) {}

    Saved savedWithEveryPart() {
        long visit = fixture.visit(0);
        long photo = fixture.evidence.add(visit, false);
        long begun = tx(() -> service.beginRecording(visit)).version();
        Content content = new Content("12", List.of(photo), "Giữ CCCD", "Lê Thị Mai", "Phòng hát có khóa trong");
        return new Saved(visit, content, savedBriefly(visit, begun, content, EVERY_PART));
    }

    /**
     * Saves the content with the short answer, checks which parts the save read (only those that changed), that
     * the version moved on, and that the record reads back as the content: every part, changed or not.
     */
    long savedBriefly(long visit, long version, Content content, String... changed) {
        em.clear();
        RecordSaved saved = tx(() -> service.saveContent(visit, version, content.entries()));
        assertThat(saved.version()).as("every save makes a new version").isEqualTo(version + 1);
        VisitRecord managed = em.createQuery("select r from VisitRecord r where r.visitId = :v", VisitRecord.class)
                .setParameter("v", visit)
                .getSingleResult();
        PersistenceUnitUtil loaded = emf.getPersistenceUnitUtil();
        assertThat(Stream.of(EVERY_PART).filter(part -> loaded.isLoaded(managed, part)))
                .as("the parts read")
                .containsExactly(changed);
        em.clear();
        VisitRecordView stored = service.find(visit).orElseThrow();
        assertThat(stored.version()).isEqualTo(saved.version());
        assertThat(stored.answers().get(1).number()).isEqualByComparingTo(content.rooms());
        assertThat(stored.answers().get(2).text()).isEqualTo("08:00 – 24:00");
        assertThat(stored.answers().get(3).evidenceIds()).isEqualTo(content.photos());
        assertThat(stored.indicators().get(0))
                .isEqualTo(new IndicatorEntry(TraffickingIndicator.WITHHELD_DOCUMENTS, true, content.indicatorNote()));
        assertThat(stored.indicators()).hasSize(TraffickingIndicator.values().length);
        assertThat(stored.people()).extracting(PersonEntry::fullName).containsExactly("Trần Văn Chủ", content.second());
        assertThat(stored.findings()).extracting(FindingEntry::text).containsExactly(content.finding());
        return saved.version();
    }

    @Test
    void theSameContentSavedAgainIsANewVersionThatReadsNoPartAndAStaleOneIsStillRefused() {
        Saved saved = savedWithEveryPart();
        long visit = saved.visit();
        Content content = saved.content();
        long first = saved.version();

        long again = savedBriefly(visit, first, content);

        assertThat(again).isEqualTo(first + 1);
        em.clear();
        assertThatThrownBy(() -> tx(() -> service.saveContent(visit, first, content.entries())))
                .isInstanceOf(ConflictException.class);
    }

    /**
     * A server of the previous release (during a rolling upgrade) saves without the digests: it changes a part's rows
     * and moves the version on, leaving the digests as they were. They no longer count, so the next save, even of the
     * content they describe, writes every part again instead of trusting them.
     */
    @Test
    void digestsLeftBehindByASaveThatDidNotSetThemAreNotTrusted() {
        Saved saved = savedWithEveryPart();
        long visit = saved.visit();
        em.clear();
        tx(() -> em.createNativeQuery("update inspection.visit_record_person p set full_name = 'Người khác'"
                        + " from inspection.visit_record r where p.record_id = r.id and r.visit_id = :v;"
                        + " update inspection.visit_record set version = version + 1 where visit_id = :v")
                .setParameter("v", visit)
                .executeUpdate());

        savedBriefly(visit, saved.version() + 1, saved.content(), EVERY_PART);
    }

    VisitRecordView signedOff(long visit, RecordContent content) {
        fixture.staff.actAs("lead");
        VisitRecordView begun = tx(() -> service.beginRecording(visit));
        VisitRecordView saved = tx(() -> service.save(visit, begun.version(), content));
        return tx(() -> service.signOff(visit, saved.version()));
    }

    static RecordContent complete(long photo) {
        return new RecordContent(
                List.of(
                        new AnswerEntry(FakeChecklists.LOCKS.id(), true, null, null, null),
                        new AnswerEntry(FakeChecklists.ROOMS.id(), null, new BigDecimal("12"), null, null),
                        new AnswerEntry(FakeChecklists.HOURS.id(), null, null, "08:00 – 24:00", null),
                        new AnswerEntry(FakeChecklists.SIGN.id(), null, null, null, List.of(photo))),
                List.of(new IndicatorEntry(
                        TraffickingIndicator.WITHHELD_DOCUMENTS, true, "Chủ giữ CCCD của 3 nhân viên")),
                List.of(
                        new PersonEntry(
                                "Trần Văn Chủ", PresentRole.OWNER, "079080001234", true, "Thừa nhận giữ giấy tờ"),
                        new PersonEntry("Lê Thị Mai", PresentRole.WORKER, null, false, null)),
                List.of(new FindingEntry("Phòng hát có khóa trong", FakeChecklists.LOCKS.id(), true, null)),
                VisitOutcome.VIOLATIONS_FOUND);
    }

    static RecordContent remarksOnly() {
        return new RecordContent(
                List.of(new AnswerEntry(FakeChecklists.LOCKS.id(), false, null, null, null)),
                List.of(),
                List.of(),
                List.of(new FindingEntry("Sổ lưu trú chưa cập nhật", null, false, null)),
                VisitOutcome.NO_VIOLATION);
    }

    VisitStatus status(long visit) {
        em.clear();
        return em.find(Visit.class, visit).status();
    }

    <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
