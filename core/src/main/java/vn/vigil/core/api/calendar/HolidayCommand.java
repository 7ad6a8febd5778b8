package vn.vigil.core.api.calendar;

import java.time.LocalDate;

public record HolidayCommand(LocalDate day, String name, HolidayKind kind) {}
