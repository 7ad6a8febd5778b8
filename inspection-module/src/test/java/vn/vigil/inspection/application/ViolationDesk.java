package vn.vigil.inspection.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.application.DocumentNumbersImpl;
import vn.vigil.core.infrastructure.JpaDocumentNumberRepository;
import vn.vigil.inspection.domain.VietnamHolidays2026Access;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;
import vn.vigil.inspection.infrastructure.JpaViolationCases;
import vn.vigil.inspection.infrastructure.JpaViolationRules;

/**
 * A legal officer's desk on a real database: the violation case service with real document numbering, acting as
 * "legal" of a department of its own, so each desk's number sequences start at 1.
 */
final class ViolationDesk {

    static final String OFFICER = "Phạm Minh Tuấn";
    static final String DEPARTMENT = "Sở Lao động - Thương binh và Xã hội";

    final FakeStaff staff = new FakeStaff();

    ViolationDesk() {
        this("T" + UUID.randomUUID().toString().substring(0, 12), DEPARTMENT);
    }

    private ViolationDesk(String departmentCode, String departmentName) {
        staff.add(new StaffMember(
                ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
                "legal",
                OFFICER,
                departmentCode == null ? null : 1L,
                departmentCode,
                departmentName,
                EnumSet.of(Role.LEGAL_OFFICER),
                true,
                "legal@dongnai.gov.vn"));
    }

    /** A desk whose officer belongs to no department. */
    static ViolationDesk withoutDepartment() {
        return new ViolationDesk(null, null);
    }

    /** The service on {@code em}; several may share one desk (one per thread), each with its own entity manager. */
    ViolationCasesImpl service(EntityManager em) {
        FixedActor actor = new FixedActor("legal");
        RecordingAuditLog audit = new RecordingAuditLog();
        ViolationCasesImpl service = new ViolationCasesImpl();
        service.cases = new JpaViolationCases(em);
        service.provisions = new JpaLegalProvisions(em);
        service.clock = clock(em);
        service.actor = actor;
        service.audit = audit;
        service.numbering = new CaseNumbering(
                new DocumentNumbersImpl(new JpaDocumentNumberRepository(em), actor, audit, Clock.systemUTC()),
                staff,
                actor);
        return service;
    }

    static CaseDeadlineClock clock(EntityManager em) {
        return new CaseDeadlineClock(new JpaViolationRules(em), VietnamHolidays2026Access.calendar());
    }
}
