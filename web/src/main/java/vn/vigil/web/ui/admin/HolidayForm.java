package vn.vigil.web.ui.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.calendar.HolidayCommand;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.calendar.HolidayView;

/** What the holiday dialog holds: a new day, or an existing one with the version the person loaded. */
public class HolidayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private LocalDate day;
    private String name;
    private HolidayKind kind;

    static HolidayForm blank() {
        return new HolidayForm();
    }

    static HolidayForm of(HolidayView holiday) {
        HolidayForm form = new HolidayForm();
        form.id = holiday.id();
        form.version = holiday.version();
        form.day = holiday.day();
        form.name = holiday.name();
        form.kind = holiday.kind();
        return form;
    }

    HolidayCommand command() {
        return new HolidayCommand(day, name, kind);
    }

    public boolean isAdding() {
        return id == null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }
}
