package vn.vigil.victim.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RateRepository {

    SupportRate add(SupportRate rate);

    Optional<SupportRate> find(long id);

    List<SupportRate> all();

    List<SupportRate> inForce(String supportType, LocalDate on);

    /** Whether another rate of the same type and item is valid on any day of the period. */
    boolean overlaps(String supportType, String item, LocalDate from, LocalDate until, Long exceptId);

    void flush();
}
