package vn.vigil.victim.api;

import java.io.Serializable;

/**
 * A budget line with its balances derived from the ledger: committed (approved, not yet paid), disbursed, and
 * available = amount - committed - disbursed.
 */
public record BudgetLineView(
        long id,
        long version,
        int year,
        long fundingSourceId,
        String fundingSourceName,
        FundingSourceKind fundingSourceKind,
        String supportType,
        long amount,
        long committed,
        long disbursed,
        long available,
        boolean yearClosed,
        String note)
        implements Serializable {

    /** Share of the amount spent or committed, 0–100, for bars. */
    public int usedPercent() {
        return amount == 0 ? 0 : (int) ((committed + disbursed) * 100 / amount);
    }

    public int disbursedPercent() {
        return amount == 0 ? 0 : (int) (disbursed * 100 / amount);
    }

    public int committedPercent() {
        return amount == 0 ? 0 : (int) (committed * 100 / amount);
    }
}
