package vn.vigil.inspection.domain;

import java.math.BigInteger;

/** The late-payment surcharge: a rate per day (in basis points) on the unpaid fine, rounded down to the đồng. */
public final class LatePayment {

    private LatePayment() {}

    public static long surcharge(long unpaid, long basisPointsPerDay, long daysLate) {
        if (daysLate <= 0 || unpaid <= 0) {
            return 0;
        }
        return BigInteger.valueOf(unpaid)
                .multiply(BigInteger.valueOf(basisPointsPerDay))
                .multiply(BigInteger.valueOf(daysLate))
                .divide(BigInteger.valueOf(10_000))
                .longValueExact();
    }
}
