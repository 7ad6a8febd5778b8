package vn.vigil.web.ui.directives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.InboxItem;
import vn.vigil.reporting.api.directive.TaskInbox;
import vn.vigil.web.ui.FacesMessages;

/** A focal point's inbox: the own unit's tasks, the nearest due first, with those overdue marked. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskInbox inbox;

    private List<InboxItem> items = List.of();

    @PostConstruct
    void open() {
        try {
            items = inbox.mine();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public List<InboxItem> getItems() {
        return items;
    }

    public String day(LocalDate day) {
        return Pages.day(day);
    }
}
