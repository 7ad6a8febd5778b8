package vn.vigil.web.ui.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.BusinessLineView;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanView;
import vn.vigil.inspection.api.TargetSelection;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.CommuneChoices;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;
import vn.vigil.web.ui.PagedModel;

/** One plan: drafting and revising it, approving and closing it, and its progress against the targets. */
@Named
@ViewScoped
public class PlanBean implements Serializable {

    /** Chosen targets shown a page at a time. */
    static final int CHOSEN_ROWS = 20;

    @Inject
    CommuneChoices communeChoices;

    private static final long serialVersionUID = 1L;
    private static final int PICKER_ROWS = 15;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    InspectionPlans plans;

    @Inject
    AdminUnitService units;

    @Inject
    InspectionStatistics statistics;

    @Inject
    EstablishmentDirectory establishments;

    private Long id;
    private PlanView plan;
    private PlanProgress progress;
    private PlanForm form = new PlanForm();
    private LocalDate approvedOn;
    /** The communes chosen as their picker shows them, kept while their ids stay the form's. */
    private List<Choice> communesChosen = List.of();

    private List<BusinessLineView> businessLines;
    /** The chosen targets, a page at a time in the order they were chosen (a plan may hold thousands). */
    private final PagedModel<List<Long>, EstablishmentSummary> chosen = new PagedModel<>(
            () -> List.copyOf(form.getEstablishmentIds()), this::chosenPage, CHOSEN_ROWS, EstablishmentSummary::id);

    private Long picked;

    /** View action: the pick lists, and the plan when one is named. */
    public void load() {
        businessLines = statistics.businessLines();
        approvedOn = today();
        if (id == null) {
            return;
        }
        try {
            show(plans.plan(id));
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    /** Drafts a new plan, or revises the draft with the version the user loaded. */
    public String save() {
        try {
            PlanView saved = id == null
                    ? plans.draftPlan(form.toCommand())
                    : plans.revisePlan(id, plan.version(), form.toCommand());
            FacesMessages.info("plan.saved", saved.number());
            return "/inspection/plan?faces-redirect=true&id=" + saved.id();
        } catch (DomainException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public void approve() {
        try {
            show(plans.approvePlan(id, plan.version(), approvedOn));
            FacesMessages.info("plan.approved", plan.number(), plan.targetCount());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void close() {
        try {
            show(plans.closePlan(id, plan.version()));
            FacesMessages.info("plan.closed", plan.number());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** Suggestions for the establishment picker: operating establishments whose name matches, highest risk first. */
    public List<EstablishmentSummary> completeEstablishment(String text) {
        EstablishmentQuery query = new EstablishmentQuery(text, null, null, EstablishmentStatus.OPERATING, null);
        return establishments.search(query, PageRequest.first(PICKER_ROWS)).items();
    }

    /** The establishment just picked joins the draft's chosen targets. */
    public void choose() {
        if (picked != null && !form.getEstablishmentIds().contains(picked)) {
            form.getEstablishmentIds().add(picked);
        }
        picked = null;
    }

    public void unchoose(long establishmentId) {
        form.getEstablishmentIds().remove(establishmentId);
    }

    private Page<EstablishmentSummary> chosenPage(List<Long> ids, PageRequest page) {
        int from = Math.min(ids.size(), page.offset());
        List<Long> shown = ids.subList(from, Math.min(ids.size(), from + page.size()));
        java.util.Map<Long, EstablishmentSummary> byId = new java.util.HashMap<>();
        establishments.byIds(shown).forEach(e -> byId.put(e.id(), e));
        return new Page<>(
                shown.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
                ids.size(),
                page.page(),
                page.size());
    }

    /** A campaign kind was chosen: its usual period is proposed. */
    public void suggestPeriod() {
        form.suggestPeriod(today().getYear());
    }

    private void show(PlanView view) {
        plan = view;
        form = PlanForm.of(view);
        progress = plans.progressOf(view.id());
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public boolean isEditable() {
        return plan == null || plan.status() == PlanStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }

    public PlanProgress getProgress() {
        return progress;
    }

    public PlanForm getForm() {
        return form;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    /** The communes the plan covers, labelled for the picker (read again only when the ids changed). */
    public List<Choice> getCommunes() {
        List<Long> ids = form.getCommuneIds() == null ? List.of() : form.getCommuneIds();
        if (!communesChosen.stream().map(Choice::id).toList().equals(ids)) {
            communesChosen = ids.stream()
                    .map(communeChoices::of)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
        return communesChosen;
    }

    public void setCommunes(List<Choice> chosen) {
        communesChosen = chosen == null ? List.of() : List.copyOf(chosen);
        form.setCommuneIds(new java.util.ArrayList<>(
                communesChosen.stream().map(Choice::id).distinct().toList()));
    }

    public List<BusinessLineView> getBusinessLines() {
        return businessLines;
    }

    public CampaignKind[] getCampaigns() {
        return CampaignKind.values();
    }

    public TargetSelection[] getSelections() {
        return TargetSelection.values();
    }

    public PagedModel<List<Long>, EstablishmentSummary> getChosen() {
        return chosen;
    }

    public Long getPicked() {
        return picked;
    }

    public void setPicked(Long picked) {
        this.picked = picked;
    }
}
