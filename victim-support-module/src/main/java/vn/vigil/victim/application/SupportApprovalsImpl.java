package vn.vigil.victim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.ApprovalRuleView;
import vn.vigil.victim.api.DisbursementCommand;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.victim.domain.ApprovalRule;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.BudgetRepository;
import vn.vigil.victim.domain.LedgerEntry;
import vn.vigil.victim.domain.SupportRequest;
import vn.vigil.victim.domain.SupportRequestRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.FINANCE_OFFICER)
public class SupportApprovalsImpl implements SupportApprovals {

    static final String ENTITY = "SupportRequest";

    @Inject
    SupportRequestRepository requests;

    @Inject
    BudgetRepository budgets;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    RefusalLog refusals;

    @Override
    @RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportRequestView> queue(SupportRequestStatus status, PageRequest page) {
        return requests.queue(status, page);
    }

    @Override
    @RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportRequestView request(long id) {
        return requests.view(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    @RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportRequestView> caseHistory(long caseId) {
        return requests.ofCase(caseId);
    }

    @Override
    public SupportRequestView allocate(long id, long version, long budgetLineId) {
        return Refusable.attempt(refusals, "SUPPORT_ALLOCATION", ENTITY, id, () -> {
            SupportRequest request = current(id, version);
            Long held = request.budgetLineId();
            if (held != null && request.status().commitsMoney() && held != budgetLineId) {
                lockInOrder(held, budgetLineId);
            }
            BudgetLine line = openLine(budgetLineId);
            Long previous = request.allocate(line);
            if (previous != null && previous != budgetLineId) {
                requireAvailable(line, request);
                budgets.append(entry(previous, request, LedgerEntry.Kind.RELEASED));
                budgets.append(entry(budgetLineId, request, LedgerEntry.Kind.COMMITTED));
            }
            return saved(request, "SUPPORT_ALLOCATED", "line " + budgetLineId);
        });
    }

    @Override
    public SupportRequestView approve(long id, long version) {
        return Refusable.attempt(refusals, "SUPPORT_APPROVAL", ENTITY, id, () -> {
            SupportRequest request = current(id, version);
            if (request.budgetLineId() == null) {
                throw new DomainException("funds.approval.notAllocated");
            }
            BudgetLine line = openLine(request.budgetLineId());
            ApprovalRule rule = budgets.approvalRule();
            boolean commits = request.approve(actor.username(), rule.needsSecondApproval(request.amount()));
            if (commits) {
                requireAvailable(line, request);
                budgets.append(entry(line.id(), request, LedgerEntry.Kind.COMMITTED));
            }
            return saved(request, "SUPPORT_APPROVED", request.status().name());
        });
    }

    @Override
    public SupportRequestView disburse(long id, long version, DisbursementCommand command) {
        return Refusable.attempt(refusals, "SUPPORT_DISBURSEMENT", ENTITY, id, () -> {
            if (command == null) {
                throw new DomainException("validation.required", "funds.body");
            }
            SupportRequest request = current(id, version);
            if (request.budgetLineId() == null) {
                throw new DomainException("funds.approval.notAllocated");
            }
            BudgetLine line = openLine(request.budgetLineId());
            String receipt = Text.clean(command.receiptNumber());
            if (receipt != null && requests.receiptTaken(receipt)) {
                throw new DomainException("funds.disbursement.receiptTaken", receipt);
            }
            request.disburse(command.method(), receipt, command.disbursedOn(), Today.inVietnam());
            budgets.append(entry(line.id(), request, LedgerEntry.Kind.DISBURSED));
            return saved(request, "SUPPORT_DISBURSED", request.disbursement() + " " + request.receiptNumber());
        });
    }

    @Override
    public SupportRequestView cancel(long id, long version, String reason) {
        return Refusable.attempt(refusals, "SUPPORT_CANCELLATION", ENTITY, id, () -> {
            SupportRequest request = current(id, version);
            Long line = request.budgetLineId();
            if (request.cancel(reason)) {
                budgets.lockLine(line);
                budgets.append(entry(line, request, LedgerEntry.Kind.RELEASED));
            }
            return saved(request, "SUPPORT_CANCELLED", request.cancelReason());
        });
    }

    @Override
    @RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovalRuleView approvalRule() {
        ApprovalRule rule = budgets.approvalRule();
        return new ApprovalRuleView(rule.secondApprovalAbove(), rule.version());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ApprovalRuleView changeApprovalRule(long secondApprovalAbove, long version) {
        return Refusable.attempt(refusals, "APPROVAL_RULE_CHANGE", "ApprovalRule", ApprovalRule.THE_RULE, () -> {
            ApprovalRule rule = budgets.approvalRule();
            if (rule.version() != version) {
                throw new ConflictException("ApprovalRule");
            }
            rule.change(secondApprovalAbove, actor.username(), Instant.now());
            budgets.flush();
            audit.record(AuditEvent.of(
                    "APPROVAL_RULE_CHANGED", "ApprovalRule", ApprovalRule.THE_RULE, "above " + secondApprovalAbove));
            return approvalRule();
        });
    }

    private SupportRequest current(long id, long version) {
        SupportRequest request = requests.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (request.version() != version) {
            throw new ConflictException(ENTITY);
        }
        return request;
    }

    /** The line, locked for this transaction, of a budget year still open. */
    private BudgetLine openLine(long lineId) {
        BudgetLine line = budgets.lockLine(lineId).orElseThrow(() -> new NotFoundException("BudgetLine", lineId));
        if (budgets.yearClosed(line.year())) {
            throw new DomainException("funds.yearClosed", String.valueOf(line.year()));
        }
        return line;
    }

    /** Locks two lines lowest id first, so two re-allocations in opposite directions never deadlock. */
    private void lockInOrder(long a, long b) {
        budgets.lockLine(Math.min(a, b));
        budgets.lockLine(Math.max(a, b));
    }

    private void requireAvailable(BudgetLine line, SupportRequest request) {
        long available = budgets.balance(line.id()).availableOf(line.amount().dong());
        if (request.amount().dong() > available) {
            throw new DomainException(
                    "funds.insufficient", available, request.amount().dong());
        }
    }

    private LedgerEntry entry(long lineId, SupportRequest request, LedgerEntry.Kind kind) {
        return new LedgerEntry(lineId, request.id(), kind, request.amount().dong(), actor.username(), Instant.now());
    }

    private SupportRequestView saved(SupportRequest request, String action, String detail) {
        requests.flush();
        audit.record(AuditEvent.of(action, ENTITY, request.id(), detail));
        return requests.view(request.id()).orElseThrow();
    }
}
