package vn.vigil.victim.api;

import java.util.List;

/** Funding sources and budget lines by year, with balances from the ledger; year-end closing. */
public interface Budgets {

    List<FundingSourceView> fundingSources();

    FundingSourceView createFundingSource(FundingSourceCommand command);

    FundingSourceView reviseFundingSource(long id, long version, FundingSourceCommand command);

    List<BudgetLineView> budgetLines(int year);

    BudgetLineView budgetLine(long id);

    BudgetLineView createBudgetLine(BudgetLineCommand command);

    /** A new amount (never below what is committed and disbursed) and note. */
    BudgetLineView reviseBudgetLine(long id, long version, long amount, String note);

    boolean yearClosed(int year);

    /** Closes a budget year: its lines take no more allocations, approvals or disbursements. */
    void closeYear(int year);
}
