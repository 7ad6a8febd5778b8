package vn.vigil.victim.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.vigil.victim.api.BudgetLineView;

/** Funding sources, budget lines, closed years, the approval rule and the append-only ledger. */
public interface BudgetRepository {

    FundingSource add(FundingSource source);

    Optional<FundingSource> source(long id);

    List<FundingSource> sources();

    boolean sourceNameTaken(String nameKey, Long exceptId);

    BudgetLine add(BudgetLine line);

    Optional<BudgetLine> line(long id);

    /** The line, locked (select … for update) until the transaction ends: approvals on one line queue here. */
    Optional<BudgetLine> lockLine(long id);

    boolean lineExists(int year, long fundingSourceId, String supportType);

    LineBalance balance(long lineId);

    /** Lines of a year with their ledger balances, in one query. */
    List<BudgetLineView> lineViews(int year);

    Optional<BudgetLineView> lineView(long id);

    boolean yearClosed(int year);

    void closeYear(int year, String by, Instant at);

    void append(LedgerEntry entry);

    ApprovalRule approvalRule();

    void flush();
}
