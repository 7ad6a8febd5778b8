package vn.vigil.web.ui.visits;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.vigil.inspection.api.VisitCommand;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.web.ui.registry.EstablishmentChoice;

/** What the schedule dialog edits; times on Vietnam's clock. */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EstablishmentChoice establishment;
    private vn.vigil.web.ui.Choice team;
    private Long planId;
    private VisitKind kind = VisitKind.ANNOUNCED;
    private LocalDateTime start;
    private LocalDateTime end;

    /** A new visit starting at {@code start} and lasting two hours. */
    static VisitForm startingAt(LocalDateTime start) {
        VisitForm form = new VisitForm();
        form.start = start;
        form.end = start.plusHours(2);
        return form;
    }

    VisitCommand command() {
        return new VisitCommand(
                establishment == null ? null : establishment.id(),
                team == null ? null : team.id(),
                planId,
                kind,
                start,
                end);
    }

    public EstablishmentChoice getEstablishment() {
        return establishment;
    }

    public void setEstablishment(EstablishmentChoice establishment) {
        this.establishment = establishment;
    }

    public vn.vigil.web.ui.Choice getTeam() {
        return team;
    }

    public void setTeam(vn.vigil.web.ui.Choice team) {
        this.team = team;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }
}
