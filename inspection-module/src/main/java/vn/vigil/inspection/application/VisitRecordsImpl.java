package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.inspection.api.AmendmentCommand;
import vn.vigil.inspection.api.AmendmentView;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.RecordSaved;
import vn.vigil.inspection.api.TraffickingIndicatorsSeen;
import vn.vigil.inspection.api.VisitHeader;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitRecords;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.domain.Amendment;
import vn.vigil.inspection.domain.Finding;
import vn.vigil.inspection.domain.FollowUp;
import vn.vigil.inspection.domain.FollowUpRepository;
import vn.vigil.inspection.domain.Outbox;
import vn.vigil.inspection.domain.RecordDraft;
import vn.vigil.inspection.domain.RiskWeights;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitRecord;
import vn.vigil.inspection.domain.VisitRecordRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
public class VisitRecordsImpl implements VisitRecords {

    @Inject
    VisitRecordRepository records;

    @Inject
    FollowUpRepository followUps;

    @Inject
    Outbox outbox;

    @Inject
    RiskWeights risk;

    @Inject
    ChecklistCatalogue checklists;

    @Inject
    EvidenceLocker evidence;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    public VisitHeader header(long visitId) {
        return records.header(visitId).orElseThrow(() -> new NotFoundException("Visit", visitId));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    public Optional<VisitRecordView> find(long visitId) {
        return records.findByVisit(visitId).map(this::view);
    }

    @Override
    public VisitRecordView beginRecording(long visitId) {
        Visit visit = visit(visitId);
        requireOnVisit(visitId);
        Optional<VisitRecord> begun = records.findByVisit(visitId);
        if (begun.isPresent()) {
            return view(begun.get());
        }
        visit.beginRecording();
        Long checklist = checklists
                .inForce(records.businessLineOf(visit.establishmentId()))
                .map(ChecklistVersionView::id)
                .orElse(null);
        VisitRecord record = records.add(new VisitRecord(visitId, visit.establishmentId(), checklist));
        records.flush();
        audit.record(AuditEvent.of("RECORD_BEGUN", "Visit", visitId, "checklist=" + checklist));
        return view(record);
    }

    @Override
    public VisitRecordView save(long visitId, long version, RecordContent content) {
        // an open record has no amendments (only a signed-off one is amended): not asked for
        return view(saved(visitId, version, content), List.of());
    }

    @Override
    public RecordSaved saveContent(long visitId, long version, RecordContent content) {
        VisitRecord record = saved(visitId, version, content);
        return new RecordSaved(record.id(), record.visitId(), record.version(), record.outcome());
    }

    private VisitRecord saved(long visitId, long version, RecordContent content) {
        VisitRecord record = loaded(visitId, version);
        // the record names its visit, so the visit itself is not read: only whether the caller is on it
        requireOnVisit(visitId);
        record.requireOpen();
        // the visit's evidence is read only when the content names some: most saves have no photo
        boolean namesEvidence =
                content.answers().stream().anyMatch(a -> !a.evidenceIds().isEmpty());
        Set<Long> visitEvidence = namesEvidence
                ? evidence.of(visitId).stream().map(EvidenceView::id).collect(Collectors.toSet())
                : Set.of();
        record.revise(RecordDraft.of(content, items(record), visitEvidence));
        records.flush();
        audit.record(AuditEvent.of("RECORD_SAVED", "Visit", visitId, "outcome=" + record.outcome()));
        return record;
    }

    @Override
    @RolesAllowed(Role.Names.TEAM_LEAD)
    public VisitRecordView signOff(long visitId, long version) {
        VisitRecord record = loaded(visitId, version);
        Visit visit = visit(visitId);
        requireLeadOf(visit);
        Instant now = Instant.now();
        record.signOff(actor.username(), now, items(record));
        visit.signOff();
        records.flush();
        LocalDate day = LocalDate.ofInstant(visit.period().startsAt(), EstablishmentRegistryImpl.VIETNAM);
        records.noteInspection(visit.establishmentId(), day, record.hasObservedIndicator());
        risk.recomputeScoreOf(visit.establishmentId(), LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
        followUps.closeByVisit(visit.establishmentId(), visit.period().startsAt(), visitId, actor.username(), now);
        openFollowUps(record);
        publishEvents(record);
        audit.record(AuditEvent.of("RECORD_SIGNED_OFF", "Visit", visitId, "outcome=" + record.outcome()));
        return view(record);
    }

    @Override
    public AmendmentView amend(long visitId, AmendmentCommand command) {
        VisitRecord record = found(visitId);
        requireOnVisit(visitId);
        Set<Long> lateEvidence = evidence.of(visitId).stream()
                .filter(EvidenceView::afterSignOff)
                .map(EvidenceView::id)
                .collect(Collectors.toSet());
        Amendment amendment = records.add(new Amendment(
                record,
                command.reason(),
                command.text(),
                command.evidenceIds(),
                lateEvidence,
                actor.username(),
                Instant.now()));
        records.flush();
        audit.record(AuditEvent.of("RECORD_AMENDED", "Visit", visitId, command.reason()));
        return amendment.view();
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    public List<AmendmentView> amendments(long visitId) {
        return records.amendmentsOf(found(visitId).id()).stream()
                .map(Amendment::view)
                .toList();
    }

    private void requireOnVisit(long visitId) {
        VisitCrew.requireOnVisit(visitId, records, staff, actor);
    }

    /** Only a team lead who leads the visit's team, or goes on the visit, signs its record. */
    private void requireLeadOf(Visit visit) {
        if (!actor.hasRole(Role.TEAM_LEAD) || !VisitCrew.isOnVisit(visit.id(), records, staff, actor)) {
            throw new DomainException("record.notTeamLead");
        }
    }

    private void openFollowUps(VisitRecord record) {
        for (Finding finding : record.findings()) {
            if (finding.reinspectBy() != null) {
                followUps.add(new FollowUp(
                        record.establishmentId(), record.visitId(), finding.text(), finding.reinspectBy()));
            }
        }
    }

    private void publishEvents(VisitRecord record) {
        if (record.hasViolation()) {
            outbox.append(new VisitViolationsFound(record.visitId(), record.establishmentId()));
        }
        if (record.hasObservedIndicator()) {
            outbox.append(new TraffickingIndicatorsSeen(record.visitId(), record.establishmentId()));
        }
    }

    private List<ChecklistItemView> items(VisitRecord record) {
        return record.checklistVersionId() == null
                ? List.of()
                : checklists.version(record.checklistVersionId()).items();
    }

    private VisitRecordView view(VisitRecord record) {
        return view(record, records.amendmentsOf(record.id()));
    }

    private VisitRecordView view(VisitRecord record, List<Amendment> amendments) {
        ChecklistVersionView checklist =
                record.checklistVersionId() == null ? null : checklists.version(record.checklistVersionId());
        return RecordViews.of(record, checklist, amendments);
    }

    private VisitRecord loaded(long visitId, long version) {
        VisitRecord record = found(visitId);
        if (record.version() != version) {
            throw new ConflictException("record");
        }
        return record;
    }

    private VisitRecord found(long visitId) {
        return records.findByVisit(visitId).orElseThrow(() -> new NotFoundException("VisitRecord", visitId));
    }

    private Visit visit(long visitId) {
        return records.visit(visitId).orElseThrow(() -> new NotFoundException("Visit", visitId));
    }
}
