package vn.vigil.web.ui.visits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.VisitsExport;

/** The signed-in inspector's own visits: today's, and the whole of this week (Monday to Sunday). */
@Named
@ViewScoped
public class MyVisitsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitsExport export;

    @Inject
    VisitDirectory visits;

    private LocalDate today;
    private List<VisitSummary> week;

    @PostConstruct
    void load() {
        today = VietnamTime.today();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        week = visits.mine(monday, monday.plusDays(6));
    }

    public List<VisitSummary> getToday() {
        return week.stream().filter(v -> v.start().toLocalDate().equals(today)).toList();
    }

    public List<VisitSummary> getWeek() {
        return week;
    }

    public LocalDate getDay() {
        return today;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.mine(
                today.with(DayOfWeek.MONDAY), today.with(DayOfWeek.MONDAY).plusDays(6));
    }
}
