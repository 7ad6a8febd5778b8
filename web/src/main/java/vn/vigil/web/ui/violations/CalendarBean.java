package vn.vigil.web.ui.violations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.web.ui.FacesMessages;

/**
 * The working-day calendar for everyone who counts legal periods: a year's holidays, and two calculators (a due
 * date N working days after a start, and the working days between two dates).
 */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    WorkingCalendar calendar;

    private int year;
    private List<HolidayView> holidays;

    private LocalDate start;
    private Integer workingDays;
    private LocalDate dueDate;

    private LocalDate from;
    private LocalDate to;
    private Integer between;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(VIETNAM);
        year = today.getYear();
        start = today;
        from = today;
        showYear();
    }

    public void showYear() {
        holidays = calendar.holidays(year);
    }

    public void computeDueDate() {
        dueDate = null;
        try {
            dueDate = calendar.addWorkingDays(start, workingDays);
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void countWorkingDays() {
        between = null;
        try {
            between = calendar.workingDaysBetween(from, to);
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getBetween() {
        return between;
    }
}
