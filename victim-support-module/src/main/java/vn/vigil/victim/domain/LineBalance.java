package vn.vigil.victim.domain;

/** A budget line's sums from the ledger: reserved by approvals (committed) and paid out (disbursed). */
public record LineBalance(long committed, long disbursed) {

    public static final LineBalance EMPTY = new LineBalance(0, 0);

    public long availableOf(long amount) {
        return amount - committed - disbursed;
    }
}
