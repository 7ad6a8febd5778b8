package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.CaseActView;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CasePaymentView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseStepView;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ComplaintCommand;
import vn.vigil.inspection.api.ComplaintDecisionCommand;
import vn.vigil.inspection.api.DecisionCommand;
import vn.vigil.inspection.api.DeliveryCommand;
import vn.vigil.inspection.api.NotYetAvailable;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.PaymentCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.domain.CaseWorkflow;
import vn.vigil.inspection.domain.LatePayment;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.LegalProvisionRepository;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationCaseRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.LEGAL_OFFICER)
public class ViolationCasesImpl implements ViolationCases {

    @Inject
    ViolationCaseRepository cases;

    @Inject
    LegalProvisionRepository provisions;

    @Inject
    CaseDeadlineClock clock;

    @Inject
    CaseNumbering numbering;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    StaffDirectory staff;

    @Inject
    AdminUnitService units;

    @Override
    public ViolationCaseView open(OpenCaseCommand command) {
        ViolationCase c = new ViolationCase(
                null, command.establishmentId(), command.detectedOn(), command.reason(), actor.username(), now());
        clock.setNextDeadline(c);
        cases.add(c);
        return saved(c, "VIOLATION_CASE_OPENED");
    }

    @Override
    public ViolationCaseView openAgainst(ViolatorKind violatorKind, String violatorName, OpenCaseCommand command) {
        ViolationCase c = new ViolationCase(
                null, command.establishmentId(), command.detectedOn(), command.reason(), actor.username(), now());
        c.nameSuspect(violatorKind, violatorName);
        clock.setNextDeadline(c);
        cases.add(c);
        return saved(c, "VIOLATION_CASE_OPENED");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    public ViolationCaseView violationCase(long id) {
        return view(readable(load(id)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    public ViolationCaseView caseOfVisit(long visitId) {
        return view(readable(
                cases.findByVisit(visitId).orElseThrow(() -> new NotYetAvailable("violationCase.noCaseForVisit"))));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    public Page<CaseDeadlineView> deadlineBoard(PageRequest page) {
        Long lead = leadScope();
        return new Page<>(
                cases.deadlineBoard(today(), lead, page), cases.countWithDeadline(lead), page.page(), page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
    public long countOpen() {
        return cases.countOpen();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    public Page<CaseSummary> search(CaseQuery query, PageRequest page) {
        Set<Long> provinceCommunes = query.provinceId() == null ? null : units.communesOfProvince(query.provinceId());
        Set<Long> merged =
                query.communeId() == null ? null : Communes.merged(units, query.communeId(), provinceCommunes);
        if (merged != null) {
            // a commune in force also finds the cases still filed under the communes merged into it
            CaseQuery byCommunes = new CaseQuery(
                    query.status(),
                    query.violator(),
                    query.detectedFrom(),
                    query.detectedTo(),
                    query.overdueOnly(),
                    query.order(),
                    null,
                    null);
            return cases.search(byCommunes, leadScope(), merged, today(), page);
        }
        return cases.search(query, leadScope(), provinceCommunes, today(), page);
    }

    @Override
    public ViolationCaseView recordViolation(long id, long version, RecordViolationCommand command) {
        ViolationCase c = load(id, version);
        if (command.provisionIds() != null) {
            LocalDate committedOn = command.actEndedOn() != null ? command.actEndedOn() : c.detectedOn();
            command.provisionIds().forEach(p -> provision(p).requireInForceOn(committedOn));
        }
        c.recordViolation(
                numbering.record(id, command.recordedOn()),
                command.violatorKind(),
                command.violatorName(),
                command.provisionIds(),
                command.recordedOn(),
                command.actEndedOn(),
                command.listedField(),
                actor.username(),
                now());
        return saved(c, "VIOLATION_RECORDED");
    }

    @Override
    public ViolationCaseView issueDecision(long id, long version, DecisionCommand command) {
        ViolationCase c = load(id, version);
        Map<Long, LegalProvision> charged = c.acts().stream()
                .map(act -> provision(act.provisionId()))
                .collect(Collectors.toMap(LegalProvision::id, Function.identity()));
        c.issueDecision(
                numbering.decision(id, command.decidedOn()),
                command.decidedOn(),
                command.fines(),
                charged,
                clock.limitationEnds(c),
                actor.username(),
                now());
        return saved(c, "SANCTION_DECISION_ISSUED");
    }

    @Override
    public ViolationCaseView deliverDecision(long id, long version, DeliveryCommand command) {
        ViolationCase c = load(id, version);
        c.deliverDecision(command.deliveredOn(), command.refused(), command.note(), actor.username(), now());
        return saved(c, "SANCTION_DECISION_DELIVERED");
    }

    /** The surcharge is the daily rate in force on the payment day on the unpaid balance, per day past due. */
    @Override
    public ViolationCaseView recordPayment(long id, long version, PaymentCommand command) {
        ViolationCase c = load(id, version);
        if (command.amount() == null || command.paidOn() == null) {
            throw new DomainException(
                    "validation.required", command.amount() == null ? "violationCase.amount" : "violationCase.paidOn");
        }
        long surcharge = 0;
        if (c.deliveredOn() != null) {
            LocalDate due = clock.due(ViolationRuleCode.PAYMENT, c.deliveredOn());
            long rate = clock.amount(ViolationRuleCode.LATE_PAYMENT_SURCHARGE, command.paidOn());
            surcharge = LatePayment.surcharge(
                    Math.min(command.amount(), c.balance()), rate, ChronoUnit.DAYS.between(due, command.paidOn()));
        }
        c.recordPayment(
                command.receiptNumber(), command.paidOn(), command.amount(), surcharge, actor.username(), now());
        return saved(c, "FINE_PAYMENT_RECORDED");
    }

    @Override
    public ViolationCaseView returnFromPolice(long id, long version, LocalDate returnedOn, String reason) {
        ViolationCase c = load(id, version);
        c.returnFromPolice(returnedOn, reason, actor.username(), now());
        return saved(c, "CASE_RETURNED_FROM_POLICE");
    }

    @Override
    public ViolationCaseView fileComplaint(long id, long version, ComplaintCommand command) {
        ViolationCase c = load(id, version);
        LocalDate received = c.deliveredOn() != null ? c.deliveredOn() : c.decidedOn();
        LocalDate windowEnds = received == null ? LocalDate.MIN : clock.due(ViolationRuleCode.COMPLAINT, received);
        c.fileComplaint(
                command.filedOn(), command.summary(), command.suspendsDecision(), windowEnds, actor.username(), now());
        return saved(c, "COMPLAINT_FILED");
    }

    @Override
    public ViolationCaseView decideComplaint(long id, long version, ComplaintDecisionCommand command) {
        ViolationCase c = load(id, version);
        c.decideComplaint(command.outcome(), command.decidedOn(), command.note(), actor.username(), now());
        return saved(c, "COMPLAINT_DECIDED");
    }

    @Override
    public ViolationCaseView take(long id, long version, ViolationCaseAction action, String reason) {
        ViolationCase c = load(id, version);
        c.take(action, reason, actor.username(), now());
        return saved(c, "VIOLATION_CASE_" + action);
    }

    private ViolationCaseView saved(ViolationCase c, String auditAction) {
        clock.setNextDeadline(c);
        cases.flush();
        audit.record(
                AuditEvent.of(auditAction, "ViolationCase", c.id(), c.status().name()));
        return view(c);
    }

    /** Refuses a team lead a case that did not come from a visit of a team he leads. */
    private ViolationCase readable(ViolationCase c) {
        Long lead = leadScope();
        if (lead != null && !cases.isOfTeamLedBy(c.id(), lead)) {
            throw new AccessDeniedException();
        }
        return c;
    }

    /** The team lead whose teams' cases alone the caller reads, or null when the caller reads every case. */
    private Long leadScope() {
        if (actor.hasRole(Role.LEGAL_OFFICER) || actor.hasRole(Role.ADMIN)) {
            return null;
        }
        return staff.findByUsername(actor.username()).map(StaffMember::id).orElseThrow(AccessDeniedException::new);
    }

    private ViolationCase load(long id, long version) {
        ViolationCase c = load(id);
        if (c.version() != version) {
            throw new ConflictException("violationCase");
        }
        return c;
    }

    private ViolationCase load(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("violationCase", id));
    }

    private LegalProvision provision(long id) {
        return provisions.find(id).orElseThrow(() -> new NotFoundException("legalProvision", id));
    }

    private static LocalDate today() {
        return LocalDate.now(EstablishmentRegistryImpl.VIETNAM);
    }

    private static Instant now() {
        return Instant.now();
    }

    private static ViolationCaseView view(ViolationCase c) {
        return new ViolationCaseView(
                c.id(),
                c.visitId(),
                c.establishmentId(),
                c.violatorKind(),
                c.violatorName(),
                c.status(),
                c.detectedOn(),
                c.recordedOn(),
                c.recordNumber(),
                c.decisionNumber(),
                c.decidedOn(),
                c.fineTotal(),
                c.paidTotal(),
                c.balance(),
                c.deliveredOn(),
                c.deliveryRefused(),
                c.dueRule(),
                c.dueOn(),
                c.dueOn() == null ? null : ChronoUnit.DAYS.between(today(), c.dueOn()),
                c.acts().stream()
                        .map(a -> new CaseActView(a.provisionId(), a.fine()))
                        .toList(),
                c.payments().stream()
                        .map(p -> new CasePaymentView(
                                p.receiptNumber(), p.paidOn(), p.amount(), p.surcharge(), p.recordedBy()))
                        .toList(),
                c.history().stream()
                        .map(t -> new CaseStepView(
                                t.action(), t.fromStatus(), t.toStatus(), t.actedAt(), t.actedBy(), t.reason()))
                        .toList(),
                CaseWorkflow.actionsFrom(c.status()),
                c.complaintFiledOn(),
                c.complaintSuspends(),
                c.complaintOutcome(),
                c.version());
    }
}
