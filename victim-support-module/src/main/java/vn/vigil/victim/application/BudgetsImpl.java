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
import vn.vigil.core.api.Money;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.BudgetLineCommand;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.BudgetRepository;
import vn.vigil.victim.domain.FundingSource;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
public class BudgetsImpl implements Budgets {

    @Inject
    BudgetRepository budgets;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    RefusalLog refusals;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSourceView> fundingSources() {
        return budgets.sources().stream().map(BudgetsImpl::view).toList();
    }

    @Override
    public FundingSourceView createFundingSource(FundingSourceCommand command) {
        return Refusable.attempt(refusals, "FUNDING_SOURCE_CREATION", "FundingSource", null, () -> {
            FundingSource source = new FundingSource(required(command));
            requireFreeName(source.name(), null);
            budgets.add(source);
            budgets.flush();
            audit.record(AuditEvent.of("FUNDING_SOURCE_CREATED", "FundingSource", source.id(), source.name()));
            return view(source);
        });
    }

    @Override
    public FundingSourceView reviseFundingSource(long id, long version, FundingSourceCommand command) {
        return Refusable.attempt(refusals, "FUNDING_SOURCE_REVISION", "FundingSource", id, () -> {
            FundingSource source = budgets.source(id).orElseThrow(() -> new NotFoundException("FundingSource", id));
            if (source.version() != version) {
                throw new ConflictException("FundingSource");
            }
            FundingSourceCommand c = required(command);
            if (c.name() != null) {
                requireFreeName(c.name(), id);
            }
            source.revise(c);
            budgets.flush();
            audit.record(AuditEvent.of("FUNDING_SOURCE_REVISED", "FundingSource", id, source.name()));
            return view(source);
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetLineView> budgetLines(int year) {
        return budgets.lineViews(year);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetLineView budgetLine(long id) {
        return budgets.lineView(id).orElseThrow(() -> new NotFoundException("BudgetLine", id));
    }

    @Override
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    public BudgetLineView createBudgetLine(BudgetLineCommand command) {
        return Refusable.attempt(refusals, "BUDGET_LINE_CREATION", "BudgetLine", null, () -> {
            BudgetLineCommand c = required(command);
            if (c.year() == null || c.fundingSourceId() == null || c.amount() == null) {
                throw new DomainException(
                        "validation.required",
                        c.year() == null
                                ? "funds.year"
                                : c.fundingSourceId() == null ? "funds.fundingSourceId" : "funds.amount");
            }
            FundingSource source = budgets.source(c.fundingSourceId())
                    .orElseThrow(() -> new NotFoundException("FundingSource", c.fundingSourceId()));
            if (!source.active()) {
                throw new DomainException("funds.source.inactive", source.name());
            }
            if (budgets.yearClosed(c.year())) {
                throw new DomainException("funds.yearClosed", String.valueOf(c.year()));
            }
            BudgetLine line =
                    new BudgetLine(c.year(), source.id(), c.supportType(), Money.ofDong(c.amount()), c.note());
            if (budgets.lineExists(line.year(), line.fundingSourceId(), line.supportType())) {
                throw new DomainException("funds.line.duplicate", String.valueOf(line.year()), line.supportType());
            }
            budgets.add(line);
            budgets.flush();
            audit.record(AuditEvent.of(
                    "BUDGET_LINE_CREATED",
                    "BudgetLine",
                    line.id(),
                    line.year() + " " + line.supportType() + " " + line.amount()));
            return budgetLine(line.id());
        });
    }

    @Override
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    public BudgetLineView reviseBudgetLine(long id, long version, long amount, String note) {
        return Refusable.attempt(refusals, "BUDGET_LINE_REVISION", "BudgetLine", id, () -> {
            BudgetLine line = budgets.lockLine(id).orElseThrow(() -> new NotFoundException("BudgetLine", id));
            if (line.version() != version) {
                throw new ConflictException("BudgetLine");
            }
            if (budgets.yearClosed(line.year())) {
                throw new DomainException("funds.yearClosed", String.valueOf(line.year()));
            }
            line.revise(Money.ofDong(amount), note, budgets.balance(id));
            budgets.flush();
            audit.record(AuditEvent.of("BUDGET_LINE_REVISED", "BudgetLine", id, String.valueOf(line.amount())));
            return budgetLine(id);
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean yearClosed(int year) {
        return budgets.yearClosed(year);
    }

    @Override
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    public void closeYear(int year) {
        Refusable.attempt(refusals, "BUDGET_YEAR_CLOSING", "BudgetYear", year, () -> {
            if (year < 2000 || year > 2100) {
                throw new DomainException("funds.yearInvalid", String.valueOf(year));
            }
            if (budgets.yearClosed(year)) {
                throw new DomainException("funds.yearClosed", String.valueOf(year));
            }
            budgets.closeYear(year, actor.username(), Instant.now());
            audit.record(AuditEvent.of("BUDGET_YEAR_CLOSED", "BudgetYear", year, null));
            return null;
        });
    }

    private void requireFreeName(String name, Long exceptId) {
        if (budgets.sourceNameTaken(FundingSource.keyOf(name), exceptId)) {
            throw new DomainException("funds.source.nameTaken", name);
        }
    }

    private static <T> T required(T command) {
        if (command == null) {
            throw new DomainException("validation.required", "funds.body");
        }
        return command;
    }

    static FundingSourceView view(FundingSource s) {
        return new FundingSourceView(s.id(), s.version(), s.kind(), s.name(), s.active());
    }
}
