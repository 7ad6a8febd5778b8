package vn.vigil.web.ui.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.reporting.api.Dashboard;
import vn.vigil.reporting.api.DashboardService;
import vn.vigil.web.ui.SessionUser;

/** The home page: one panel of figures per role the user holds. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    @Inject
    SessionUser user;

    private List<Dashboard> panels;

    @PostConstruct
    void load() {
        panels = dashboards.dashboardsFor(user.getRoles());
    }

    public List<Dashboard> getPanels() {
        return panels;
    }
}
