package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EvidenceContent;
import vn.vigil.inspection.api.EvidenceUpload;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.Seat;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitPeriod;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaEvidenceRepository;
import vn.vigil.inspection.infrastructure.JpaVisitRecords;

/** The evidence locker on a real PostgreSQL: which visits take files, fingerprints, audit, rows never change. */
class EvidenceLockerTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    static final AtomicLong DAYS = new AtomicLong();

    /** The lead of every team these tests make. */
    static final long TEAM_LEAD_ID = 1;

    EntityManager em;
    EvidenceLockerImpl locker;
    RecordingAuditLog audit;
    FakeActor actor;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        locker = new EvidenceLockerImpl();
        locker.evidence = new JpaEvidenceRepository(em);
        FakeStaff directory = new FakeStaff();
        actor = new FakeActor(directory);
        actor.add(TEAM_LEAD_ID, "inspector", Role.TEAM_LEAD, Role.INSPECTOR);
        actor.add(2, "stranger", Role.INSPECTOR);
        actor.actAs("inspector");
        locker.actor = actor;
        locker.staff = directory;
        locker.records = new JpaVisitRecords(em);
        locker.audit = audit;
        locker.photoMaxBytes = 10 * 1024 * 1024;
        locker.pdfMaxBytes = 20 * 1024 * 1024;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aPhotoOfAVisitBeingRecordedIsStoredWithItsFingerprintAndEveryReadIsAudited() throws Exception {
        Visit visit = visit();
        inTransaction(em, () -> em.find(Visit.class, visit.id()).beginRecording());
        byte[] photo = jpeg(4096);
        Instant captured = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);

        EvidenceView stored = attach(visit.id(), "mặt tiền.jpg", "image/jpeg", captured, photo);

        assertThat(stored.sha256()).isEqualTo(sha256(photo));
        assertThat(stored.size()).isEqualTo(4096);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.capturedAt()).isEqualTo(captured);
        assertThat(stored.uploadedBy()).isEqualTo("inspector");
        assertThat(stored.afterSignOff()).isFalse();
        em.clear();
        assertThat(locker.of(visit.id())).containsExactly(stored);
        EvidenceContent content = inTransaction(em, unused -> locker.content(stored.id()));
        assertThat(content.bytes()).isEqualTo(photo);
        assertThat(sha256(content.bytes())).isEqualTo(stored.sha256());
        assertThat(audit.events).extracting(e -> e.action()).containsExactly("EVIDENCE_ATTACHED", "EVIDENCE_READ");
    }

    @Test
    void aScheduledOrCancelledVisitTakesNoEvidenceAndASignedOffOneTakesItForAnAmendment() throws Exception {
        Visit scheduled = visit();
        assertThatThrownBy(() -> attach(scheduled.id(), "a.pdf", "application/pdf", null, pdf()))
                .satisfies(key("evidence.visitNotRecording"));
        Visit cancelled = visit();
        inTransaction(em, () -> em.find(Visit.class, cancelled.id()).cancel("Cơ sở đóng cửa"));
        assertThatThrownBy(() -> attach(cancelled.id(), "a.pdf", "application/pdf", null, pdf()))
                .satisfies(key("evidence.visitNotRecording"));
        assertThatThrownBy(() -> attach(Long.MAX_VALUE, "a.pdf", "application/pdf", null, pdf()))
                .isInstanceOf(NotFoundException.class);

        Visit signed = visit();
        inTransaction(em, () -> {
            Visit v = em.find(Visit.class, signed.id());
            v.beginRecording();
            v.signOff();
        });
        EvidenceView amendment = attach(signed.id(), "bien-ban-bo-sung.pdf", "application/pdf", null, pdf());
        assertThat(amendment.afterSignOff()).isTrue();
        assertThat(amendment.capturedAt()).isEqualTo(amendment.uploadedAt());
        assertThat(locker.of(scheduled.id())).isEmpty();
    }

    @Test
    void onlyThePeopleOnTheVisitAndTheirLeadHandInEvidence() throws Exception {
        Visit visit = visit();
        inTransaction(em, () -> em.find(Visit.class, visit.id()).beginRecording());
        actor.actAs("stranger");

        assertThatThrownBy(() -> attach(visit.id(), "a.pdf", "application/pdf", null, pdf()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("record.notOnVisit");
        assertThat(locker.of(visit.id())).isEmpty();
    }

    @Test
    void refusalsStoreNothing() throws Exception {
        Visit visit = visit();
        inTransaction(em, () -> em.find(Visit.class, visit.id()).beginRecording());

        assertThatThrownBy(() -> attach(visit.id(), "photo.jpg", "image/jpeg", null, "not a photo".getBytes()))
                .satisfies(key("evidence.unsupportedType"));
        assertThatThrownBy(() ->
                        attach(visit.id(), "a.jpg", "image/jpeg", Instant.now().plusSeconds(3600), jpeg(10)))
                .satisfies(key("evidence.capturedInFuture"));
        locker.photoMaxBytes = 100;
        assertThatThrownBy(() -> attach(visit.id(), "a.jpg", "image/jpeg", null, jpeg(101)))
                .satisfies(key("evidence.tooLarge"));
        assertThat(locker.of(visit.id())).isEmpty();
        assertThat(locker.largestAccepted()).isEqualTo(20 * 1024 * 1024);
    }

    @Test
    void storedEvidenceIsNeverChangedNorRemoved() throws Exception {
        Visit visit = visit();
        inTransaction(em, () -> em.find(Visit.class, visit.id()).beginRecording());
        long id = attach(visit.id(), "a.pdf", "application/pdf", null, pdf()).id();

        for (String sql : List.of(
                "update inspection.visit_evidence set file_name = 'x.pdf' where id = " + id,
                "delete from inspection.visit_evidence where id = " + id)) {
            assertThatThrownBy(() ->
                            inTransaction(em, () -> em.createNativeQuery(sql).executeUpdate()))
                    .isInstanceOf(PersistenceException.class)
                    .rootCause()
                    .hasMessageContaining("never changed or removed");
        }
        assertThat(locker.of(visit.id())).hasSize(1);
    }

    private EvidenceView attach(long visitId, String name, String type, Instant captured, byte[] content) {
        return inTransaction(
                em,
                unused -> locker.attach(
                        visitId, new EvidenceUpload(name, type, captured, new ByteArrayInputStream(content))));
    }

    /** A scheduled visit at its own time, by people no other test uses. */
    private Visit visit() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long commune = random.nextLong(1_000_000_000L, Long.MAX_VALUE);
        Establishment establishment =
                new Establishment("Karaoke Hoa Hồng", line(), null, "Lê Văn Cường", "Số 5, đường Trần Phú", commune);
        inTransaction(em, () -> em.persist(establishment));
        long team = ((Number) em.createNativeQuery(
                                "insert into inspection.inspection_team (name, name_key, lead_user_id, created_at,"
                                        + " created_by, updated_at, updated_by) values (:n, :n, " + TEAM_LEAD_ID
                                        + ", now(), 't', now(), 't')"
                                        + " returning id")
                        .setParameter("n", "Đoàn " + random.nextLong())
                        .getSingleResult())
                .longValue();
        Instant start = Instant.parse("2030-01-01T01:00:00Z").plus(DAYS.incrementAndGet(), ChronoUnit.DAYS);
        Visit visit = new Visit(
                establishment.id(),
                commune,
                team,
                null,
                VisitKind.UNANNOUNCED,
                new VisitPeriod(start, start.plus(2, ChronoUnit.HOURS)),
                List.of(new Seat(random.nextLong(1_000_000_000L, Long.MAX_VALUE), 1)));
        inTransaction(em, () -> em.persist(visit));
        return visit;
    }

    private long line() {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = 'KARAOKE'")
                        .getSingleResult())
                .longValue();
    }

    private static byte[] jpeg(int size) {
        byte[] content = new byte[size];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        return content;
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> key(String messageKey) {
        return e -> assertThat(((DomainException) e).messageKey()).isEqualTo(messageKey);
    }
}
