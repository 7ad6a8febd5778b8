package vn.vigil.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface HolidayRepository {

    Optional<Holiday> find(long id);

    Optional<Holiday> findByDay(LocalDate day);

    List<Holiday> between(LocalDate from, LocalDate to);

    Holiday add(Holiday holiday);

    void remove(Holiday holiday);

    /** Writes pending changes now, so the version a caller gets back is the one stored. */
    void flush();
}
