package vn.vigil.core.api.calendar;

import java.io.Serializable;
import java.time.LocalDate;

public record HolidayView(long id, LocalDate day, String name, HolidayKind kind, long version)
        implements Serializable {}
