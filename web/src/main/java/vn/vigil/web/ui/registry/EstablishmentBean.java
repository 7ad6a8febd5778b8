package vn.vigil.web.ui.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/** One establishment: its recorded facts, its risk score explained, and the change of its status. */
@Named
@ViewScoped
public class EstablishmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentRegistry registry;

    private Long id;
    private EstablishmentView establishment;
    private EstablishmentStatus newStatus;
    private String reason;

    /** View action. */
    public void load() {
        if (id == null) {
            NotFoundPage.show();
            return;
        }
        try {
            establishment = registry.find(id);
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    public void changeStatus() {
        try {
            establishment = registry.changeStatus(id, establishment.version(), newStatus, reason);
            FacesMessages.info("registry.statusChanged");
            PrimeFaces.current().ajax().addCallbackParam("statusChanged", true);
            newStatus = null;
            reason = null;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** The statuses the establishment can change to. */
    public List<EstablishmentStatus> getOtherStatuses() {
        return Arrays.stream(EstablishmentStatus.values())
                .filter(s -> establishment == null || s != establishment.status())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EstablishmentView getEstablishment() {
        return establishment;
    }

    public EstablishmentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(EstablishmentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
