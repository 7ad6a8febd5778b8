package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** A year's holidays, days off and make-up working days, as on admin/holidays and at {@code GET /api/v1/holidays}. */
@ApplicationScoped
public class HolidaysExport implements ExportableList {

    static final List<ExportColumn<HolidayView>> COLUMNS = List.of(
            ExportColumn.of("holidays.col.day", HolidayView::day),
            ExportColumn.of("holidays.col.name", HolidayView::name),
            ExportColumn.label("holidays.col.kind", "holidayKind.", HolidayView::kind));

    @Inject
    WorkingCalendar calendar;

    @Override
    public String name() {
        return "holidays";
    }

    @Override
    public ExportedList<HolidayView> list(ExportFilters f) {
        Integer year = f.integer("year");
        return of(year == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year);
    }

    public ExportedList<HolidayView> of(int year) {
        return ExportedList.whole(name(), "holidays.title", COLUMNS, () -> calendar.holidays(year), "year=" + year);
    }
}
