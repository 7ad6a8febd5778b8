package vn.vigil.web.ui.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ScheduleCommand;
import vn.vigil.reporting.api.ScheduleView;

/** What the schedule form holds: a new schedule (monthly on the 5th at 08:00, both formats) or one being changed. */
public class ReportScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private Long provinceId;
    private Cadence cadence = Cadence.MONTHLY;
    private Integer dayOfMonth = 5;
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private LocalTime sendAt = LocalTime.of(8, 0);
    // an array: a selectMany needs its element type, which a List's erasure hides
    private ReportFormat[] formats = {ReportFormat.XLSX, ReportFormat.PDF};
    private List<Long> recipientIds = new ArrayList<>();

    static ReportScheduleForm blank() {
        return new ReportScheduleForm();
    }

    static ReportScheduleForm of(ScheduleView s) {
        ReportScheduleForm form = new ReportScheduleForm();
        form.id = s.id();
        form.version = s.version();
        form.name = s.name();
        form.provinceId = s.provinceId();
        form.cadence = s.cadence();
        form.dayOfMonth = s.dayOfMonth();
        form.dayOfWeek = s.dayOfWeek() == null ? DayOfWeek.MONDAY : s.dayOfWeek();
        form.sendAt = s.sendAt();
        form.formats = EnumSet.copyOf(s.formats()).toArray(ReportFormat[]::new);
        form.recipientIds = new ArrayList<>(
                s.recipients().stream().map(ScheduleView.Recipient::userId).toList());
        return form;
    }

    ScheduleCommand command() {
        boolean monthly = cadence == Cadence.MONTHLY;
        return new ScheduleCommand(
                name,
                provinceId,
                cadence,
                monthly ? dayOfMonth : null,
                monthly ? null : dayOfWeek,
                sendAt,
                formats == null ? Set.of() : Set.of(formats),
                recipientIds);
    }

    public boolean isAdding() {
        return id == null;
    }

    public boolean isMonthly() {
        return cadence == Cadence.MONTHLY;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public LocalTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalTime sendAt) {
        this.sendAt = sendAt;
    }

    public ReportFormat[] getFormats() {
        return formats;
    }

    public void setFormats(ReportFormat[] formats) {
        this.formats = formats;
    }

    public List<Long> getRecipientIds() {
        return recipientIds;
    }

    public void setRecipientIds(List<Long> recipientIds) {
        this.recipientIds = recipientIds;
    }
}
