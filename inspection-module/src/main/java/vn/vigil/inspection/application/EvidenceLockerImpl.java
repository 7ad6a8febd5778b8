package vn.vigil.inspection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.inspection.api.EvidenceContent;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.EvidenceUpload;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.domain.EvidenceFile;
import vn.vigil.inspection.domain.EvidenceLimits;
import vn.vigil.inspection.domain.EvidenceRepository;
import vn.vigil.inspection.domain.VisitEvidence;
import vn.vigil.inspection.domain.VisitRecordRepository;

/**
 * The evidence locker. A file is stored in a transaction of its own, committed before the caller goes on, so a form
 * that fails to save afterwards never loses it. Limits: {@code vigil.evidence.photo-max-bytes} (default 10 MB) and
 * {@code vigil.evidence.pdf-max-bytes} (default 20 MB).
 */
@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class EvidenceLockerImpl implements EvidenceLocker {

    private static final String ENTITY = "VisitEvidence";

    @Inject
    EvidenceRepository evidence;

    @Inject
    CurrentActor actor;

    @Inject
    VisitRecordRepository records;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "vigil.evidence.photo-max-bytes", defaultValue = "10485760")
    long photoMaxBytes;

    @Inject
    @ConfigProperty(name = "vigil.evidence.pdf-max-bytes", defaultValue = "20971520")
    long pdfMaxBytes;

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EvidenceView attach(long visitId, EvidenceUpload upload) {
        VisitStatus status = evidence.visitStatus(visitId).orElseThrow(() -> new NotFoundException("Visit", visitId));
        if (status != VisitStatus.IN_PROGRESS && status != VisitStatus.SIGNED_OFF) {
            throw new DomainException("evidence.visitNotRecording");
        }
        VisitCrew.requireOnVisit(visitId, records, staff, actor);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        VisitEvidence.capturedAt(upload.capturedAt(), now);
        EvidenceFile file = EvidenceFile.read(upload.fileName(), upload.declaredType(), upload.content(), limits());
        if (upload.expectedSha256() != null && !upload.expectedSha256().equalsIgnoreCase(file.sha256())) {
            // damaged on the way (a tablet's upload over a bad connection): nothing is stored
            throw new DomainException("evidence.digestMismatch", upload.expectedSha256(), file.sha256());
        }
        VisitEvidence stored = evidence.add(new VisitEvidence(
                visitId, file, upload.capturedAt(), now, actor.username(), status == VisitStatus.SIGNED_OFF));
        evidence.flush();
        audit.record(AuditEvent.of(
                "EVIDENCE_ATTACHED", ENTITY, stored.id(), "visit=" + visitId + " sha256=" + stored.sha256()));
        return view(stored);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceView> of(long visitId) {
        if (!evidence.visitExists(visitId)) {
            throw new NotFoundException("Visit", visitId);
        }
        return evidence.of(visitId);
    }

    @Override
    public EvidenceContent content(long evidenceId) {
        VisitEvidence found = evidence.find(evidenceId).orElseThrow(() -> new NotFoundException(ENTITY, evidenceId));
        audit.record(AuditEvent.of("EVIDENCE_READ", ENTITY, evidenceId, "visit=" + found.visitId()));
        return new EvidenceContent(view(found), found.content());
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public long largestAccepted() {
        return limits().largest();
    }

    private EvidenceLimits limits() {
        return new EvidenceLimits(photoMaxBytes, pdfMaxBytes);
    }

    private static EvidenceView view(VisitEvidence e) {
        return new EvidenceView(
                e.id(),
                e.visitId(),
                e.fileName(),
                e.contentType(),
                e.size(),
                e.sha256(),
                e.capturedAt(),
                e.uploadedAt(),
                e.uploadedBy(),
                e.afterSignOff());
    }
}
