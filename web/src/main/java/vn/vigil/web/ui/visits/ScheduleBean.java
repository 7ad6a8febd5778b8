package vn.vigil.web.ui.visits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.Teams;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitScheduling;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.api.VisitView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.VisitSuggestionsExport;
import vn.vigil.web.export.lists.VisitsExport;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.Choices;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;
import vn.vigil.web.ui.SessionUser;
import vn.vigil.web.ui.registry.EstablishmentChoice;
import vn.vigil.web.ui.registry.EstablishmentChoices;

/**
 * The inspection calendar: visits of the shown weeks (optionally of one team), scheduling in a dialog, moving by
 * drag and resize with the version loaded, a visit's details and its cancellation, and a plan's suggested visits.
 */
@Named
@ViewScoped
public class ScheduleBean implements Serializable, ListOnScreen {

    /** Teams an auto-complete suggests at once. */
    private static final int TEAM_SUGGESTIONS = 15;

    @Inject
    VisitSuggestionsExport suggestionsExport;

    private static final long serialVersionUID = 1L;

    @Inject
    VisitsExport export;

    private static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    /** The most visits one calendar view shows; a team filter narrows a busy month. */
    static final int MOST_EVENTS = PageRequest.MAX_SIZE;
    /** No plan chosen yet: no suggestion is asked for. */
    private static final long NO_PLAN = -1L;

    @Inject
    VisitScheduling scheduling;

    @Inject
    VisitDirectory directory;

    @Inject
    Teams teams;

    @Inject
    InspectionPlans plans;

    @Inject
    EstablishmentDirectory establishments;

    @Inject
    SessionUser user;

    private Long teamFilter;
    private Long planId;
    /** The visits the calendar shows: its days and team, for the export. */
    private VisitFilter shown;

    /** The team the calendar is narrowed to; null: every team. */
    private Choice team;

    private final Choices teamChoices = new Choices();
    private List<PlanSummary> approvedPlans;
    private VisitForm form = VisitForm.startingAt(nextHour());
    private VisitView selected;
    private String cancelReason;
    private final EstablishmentChoices choices = new EstablishmentChoices();
    private final ScheduleModel model = new Visits();
    private final PagedModel<Long, VisitSuggestion> suggestions = new PagedModel<>(
            () -> planId == null ? NO_PLAN : planId,
            (plan, page) -> plan == NO_PLAN
                    ? new Page<>(List.of(), 0, page.page(), page.size())
                    : directory.suggestions(plan, page),
            10,
            VisitSuggestion::establishmentId);

    @PostConstruct
    void load() {
        approvedPlans = plans.list(new PlanQuery(PlanStatus.APPROVED), PageRequest.first(100))
                .items();
    }

    /** The calendar asks for the visits of the days it shows. */
    private final class Visits extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            VisitFilter filter =
                    new VisitFilter(null, start.toLocalDate(), end.minusNanos(1).toLocalDate(), teamFilter, null, null);
            shown = filter;
            directory.find(filter, PageRequest.first(MOST_EVENTS)).items().forEach(v -> addEvent(event(v)));
        }
    }

    private ScheduleEvent<VisitSummary> event(VisitSummary v) {
        return DefaultScheduleEvent.<VisitSummary>builder()
                .title(v.establishmentName() + " · " + v.teamName())
                .startDate(v.start())
                .endDate(v.end())
                .data(v)
                .editable(isManager() && v.status() == VisitStatus.SCHEDULED)
                .styleClass("visit-" + v.kind().name().toLowerCase(Locale.ROOT) + " visit-"
                        + v.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .build();
    }

    /** A visit dragged to another slot: it moves by the same amount, or comes back with the refusal shown. */
    public void onMove(ScheduleEntryMoveEvent event) {
        VisitSummary v = (VisitSummary) event.getScheduleEvent().getData();
        reschedule(v, v.start().plus(event.getDeltaAsDuration()), v.end().plus(event.getDeltaAsDuration()));
    }

    public void onResize(ScheduleEntryResizeEvent event) {
        VisitSummary v = (VisitSummary) event.getScheduleEvent().getData();
        reschedule(v, v.start().plus(event.getDeltaStartAsDuration()), v.end().plus(event.getDeltaEndAsDuration()));
    }

    private void reschedule(VisitSummary v, LocalDateTime start, LocalDateTime end) {
        try {
            scheduling.reschedule(v.id(), v.version(), start, end);
            FacesMessages.info("schedule.moved", v.establishmentName());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** A free slot clicked: the dialog opens for a visit starting there (8:00 when a whole day was clicked). */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime when = event.getObject();
        form = VisitForm.startingAt(
                when.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? when.toLocalDate().atTime(WORKDAY_START)
                        : when);
    }

    public void startScheduling() {
        form = VisitForm.startingAt(nextHour());
    }

    /** The dialog opened for a plan's suggested establishment. */
    public void startScheduling(VisitSuggestion suggestion) {
        form = VisitForm.startingAt(nextHour());
        form.setEstablishment(
                new EstablishmentChoice(suggestion.establishmentId(), suggestion.name(), suggestion.address()));
        form.setPlanId(planId);
    }

    @SuppressWarnings("unchecked")
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        VisitSummary v = ((ScheduleEvent<VisitSummary>) event.getObject()).getData();
        showVisit(v.id());
    }

    private void showVisit(long id) {
        cancelReason = null;
        try {
            selected = directory.visit(id);
        } catch (DomainException e) {
            FacesMessages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void scheduleVisit() {
        try {
            VisitView scheduled = scheduling.scheduleVisit(form.command());
            FacesMessages.info("schedule.scheduled", scheduled.establishmentName(), scheduled.teamName());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancelVisit() {
        try {
            selected = scheduling.cancel(selected.id(), selected.version(), cancelReason);
            FacesMessages.info("schedule.cancelled", selected.establishmentName());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<EstablishmentChoice> completeEstablishment(String text) {
        return choices.offer(establishments
                .search(
                        new EstablishmentQuery(text, null, null, EstablishmentStatus.OPERATING, null),
                        PageRequest.first(15))
                .items()
                .stream()
                .map(e -> new EstablishmentChoice(e.id(), e.name(), e.address()))
                .toList());
    }

    private static LocalDateTime nextHour() {
        LocalDateTime now = LocalDateTime.now(VietnamTime.ZONE);
        return now.toLocalDate().atTime(now.getHour(), 0).plusHours(1);
    }

    public boolean isManager() {
        return user.has("TEAM_LEAD") || user.has("ADMIN");
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The plan's suggestions, as the export buttons beside them write them; refused without a plan. */
    public ListOnScreen getSuggestionsExport() {
        return () -> {
            if (planId == null) {
                throw new DomainException("validation.required", "schedule.plan");
            }
            return suggestionsExport.of(planId);
        };
    }

    public PagedModel<Long, VisitSuggestion> getSuggestions() {
        return suggestions;
    }

    public EstablishmentChoices getChoices() {
        return choices;
    }

    /** Vietnam's day, where the calendar opens (its clock is Vietnam's local time shown as UTC). */
    public LocalDate getToday() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    /** Vietnam's present moment as the calendar reads it (local time, no offset), for its "today" and now line. */
    public String getNow() {
        return LocalDateTime.now(VietnamTime.ZONE).withNano(0).toString();
    }

    public Choice getTeam() {
        return team;
    }

    public void setTeam(Choice team) {
        this.team = team;
        this.teamFilter = team == null ? null : team.id();
    }

    /** Active teams whose name matches what was typed: a page of suggestions. */
    public List<Choice> completeTeam(String typed) {
        return teamChoices.offer(teams.search(typed, true, PageRequest.first(TEAM_SUGGESTIONS)).items().stream()
                .map(t -> new Choice(t.id(), t.name()))
                .toList());
    }

    public Choices getTeamChoices() {
        return teamChoices;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public List<PlanSummary> getApprovedPlans() {
        return approvedPlans;
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    public VisitForm getForm() {
        return form;
    }

    public VisitView getSelected() {
        return selected;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(
                shown != null
                        ? shown
                        : VisitFilter.between(
                                LocalDate.now(VietnamTime.ZONE),
                                LocalDate.now(VietnamTime.ZONE).plusDays(6)));
    }
}
