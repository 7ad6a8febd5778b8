package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ReportSchedules;
import vn.vigil.reporting.api.ScheduleRunView;
import vn.vigil.reporting.api.ScheduleView;
import vn.vigil.web.ui.FacesMessages;

/**
 * Reports mailed on a schedule: the form to schedule or change one, the list with pause, resume, send now and
 * delete, and the log of the latest sendings.
 */
@Named
@ViewScoped
public class ReportSchedulesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int RUNS_SHOWN = 30;
    private static final int SUGGESTIONS = 15;

    @Inject
    ReportSchedules schedules;

    @Inject
    StaffDirectory staff;

    @Inject
    AdminUnitService units;

    @Inject
    @ConfigProperty(name = "vigil.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    private List<ScheduleView> list = List.of();
    private List<ScheduleRunView> runs = List.of();
    private ReportScheduleForm form = ReportScheduleForm.blank();
    /** Who may receive reports (enabled, with an e-mail address), by id, read once per view. */
    private Map<Long, StaffMember> people;

    private Map<Long, String> provinces;

    @PostConstruct
    void open() {
        load();
    }

    public void load() {
        list = schedules.list();
        runs = schedules.runs(null, RUNS_SHOWN);
    }

    public void startAdd() {
        form = ReportScheduleForm.blank();
    }

    public void startEdit(ScheduleView schedule) {
        form = ReportScheduleForm.of(schedule);
    }

    public void save() {
        try {
            ScheduleView saved = form.isAdding()
                    ? schedules.create(form.command())
                    : schedules.change(form.id(), form.version(), form.command());
            FacesMessages.info(form.isAdding() ? "schedules.created" : "schedules.saved", saved.name());
            form = ReportScheduleForm.blank();
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void pause(ScheduleView schedule) {
        activate(schedule, false, "schedules.paused");
    }

    public void resume(ScheduleView schedule) {
        activate(schedule, true, "schedules.resumed");
    }

    private void activate(ScheduleView schedule, boolean active, String done) {
        try {
            schedules.activate(schedule.id(), schedule.version(), active);
            FacesMessages.info(done, schedule.name());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    public void sendNow(ScheduleView schedule) {
        try {
            ScheduleRunView run = schedules.sendNow(schedule.id());
            FacesMessages.info(
                    "schedules.sending",
                    schedule.name(),
                    run.period().from(),
                    run.period().until());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    public void delete(ScheduleView schedule) {
        try {
            schedules.delete(schedule.id());
            FacesMessages.info("schedules.deleted", schedule.name());
            if (form.id() != null && form.id() == schedule.id()) {
                form = ReportScheduleForm.blank();
            }
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    public String deletionQuestion(ScheduleView schedule) {
        return FacesMessages.text("schedules.confirmDelete", schedule.name());
    }

    /** Suggestions for the recipients' field: people whose name, username or address has every word typed. */
    public List<Long> completeRecipient(String query) {
        String[] words = fold(query).split("\\s+");
        return people().values().stream()
                .filter(p -> !form.getRecipientIds().contains(p.id()))
                .filter(p -> {
                    String all = fold(p.fullName() + " " + p.username() + " " + p.email());
                    return Arrays.stream(words).allMatch(all::contains);
                })
                .limit(SUGGESTIONS)
                .map(StaffMember::id)
                .toList();
    }

    /** How a recipient shows in the field: "name <address>". */
    public String recipientLabel(Long id) {
        if (id == null) {
            return "";
        }
        StaffMember p = people().get(id);
        return p == null ? "#" + id : p.fullName() + " <" + p.email() + ">";
    }

    public String when(ScheduleView s) {
        String time = s.sendAt().toString();
        return s.cadence() == Cadence.MONTHLY
                ? FacesMessages.text("schedules.when.monthly", s.dayOfMonth(), time)
                : FacesMessages.text("schedules.when.weekly", weekday(s.dayOfWeek()), time);
    }

    public String weekday(DayOfWeek day) {
        return FacesMessages.text("schedules.weekday." + day.name());
    }

    public String recipients(ScheduleView s) {
        return s.recipients().stream()
                .map(r -> r.email() != null && r.enabled()
                        ? r.fullName()
                        : FacesMessages.text("schedules.recipient.notReached", r.fullName()))
                .collect(Collectors.joining(", "));
    }

    public String formats(ScheduleView s) {
        return s.formats().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    public String scope(Long provinceId) {
        return provinceId == null
                ? FacesMessages.text("schedules.everyProvince")
                : provinces().getOrDefault(provinceId, "#" + provinceId);
    }

    public String moment(java.time.Instant moment) {
        return VietnamTime.toMinute(moment);
    }

    public String period(ScheduleRunView run) {
        return DAY.format(run.period().from()) + " – " + DAY.format(run.period().until());
    }

    /** A run's error in the reader's language when it is a known reason, as the server said it otherwise. */
    public String error(ScheduleRunView run) {
        if (run.error() == null) {
            return "";
        }
        String text = FacesMessages.text(run.error());
        return text.equals(run.error()) || text.startsWith("???") ? run.error() : text;
    }

    public Map<Long, String> getProvinces() {
        return provinces();
    }

    private Map<Long, String> provinces() {
        if (provinces == null) {
            provinces = units.inForce(UnitLevel.PROVINCE, null, LocalDate.now()).stream()
                    .collect(Collectors.toMap(AdminUnitView::id, AdminUnitView::name, (a, b) -> a, LinkedHashMap::new));
        }
        return provinces;
    }

    private Map<Long, StaffMember> people() {
        if (people == null) {
            people = staff.enabledWith(java.util.EnumSet.allOf(Role.class)).stream()
                    .filter(p -> p.email() != null && !p.email().isBlank())
                    .collect(Collectors.toMap(StaffMember::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        }
        return people;
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).strip();
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public ReportFormat[] getFormatChoices() {
        return ReportFormat.values();
    }

    public boolean isMailEnabled() {
        return mailEnabled;
    }

    public List<ScheduleView> getList() {
        return list;
    }

    public List<ScheduleRunView> getRuns() {
        return runs;
    }

    public ReportScheduleForm getForm() {
        return form;
    }
}
