package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.HolidaysExport;
import vn.vigil.web.ui.FacesMessages;

/** The holiday calendar of one year: public holidays, days off and make-up working days. */
@Named
@ViewScoped
public class HolidaysBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    HolidaysExport export;

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    @Inject
    WorkingCalendar calendar;

    private int year;
    private List<HolidayView> holidays = List.of();
    private HolidayForm form = HolidayForm.blank();

    @PostConstruct
    void open() {
        year = LocalDate.now().getYear();
        load();
    }

    public void load() {
        year = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
        holidays = calendar.holidays(year);
    }

    public void startAdd() {
        form = HolidayForm.blank();
    }

    public void startEdit(HolidayView holiday) {
        form = HolidayForm.of(holiday);
    }

    public void save() {
        try {
            HolidayView saved = form.isAdding()
                    ? calendar.addHoliday(form.command())
                    : calendar.updateHoliday(form.id(), form.version(), form.command());
            FacesMessages.info(form.isAdding() ? "holidays.added" : "holidays.saved", saved.name(), saved.day());
            year = saved.day().getYear();
            load();
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void remove(HolidayView holiday) {
        try {
            calendar.removeHoliday(holiday.id());
            FacesMessages.info("holidays.removed", holiday.name(), holiday.day());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    public String removalQuestion(HolidayView holiday) {
        return FacesMessages.text("holidays.confirmRemove", holiday.name(), holiday.day());
    }

    public long getDaysOff() {
        return holidays.stream()
                .filter(h -> h.kind() != HolidayKind.MAKE_UP_WORKING_DAY)
                .count();
    }

    public long getMakeUpDays() {
        return holidays.size() - getDaysOff();
    }

    public HolidayKind[] getKinds() {
        return HolidayKind.values();
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public HolidayForm getForm() {
        return form;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(year);
    }
}
