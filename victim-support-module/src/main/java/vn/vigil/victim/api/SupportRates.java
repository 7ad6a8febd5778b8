package vn.vigil.victim.api;

import java.time.LocalDate;
import java.util.List;

/** The provincial rate table: rates per support type and item with validity periods that never overlap. */
public interface SupportRates {

    List<RateView> rates();

    /** Rates in force on a day for a support type. */
    List<RateView> inForce(String supportType, LocalDate on);

    RateView createRate(RateCommand command);

    RateView reviseRate(long id, long version, RateCommand command);
}
