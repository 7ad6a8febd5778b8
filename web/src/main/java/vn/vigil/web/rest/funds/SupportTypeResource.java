package vn.vigil.web.rest.funds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;

/** The support types of Art. 37 (letters a–k), as the support-types page shows them to every signed-in role. */
@Path("support-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Support types", description = "Reference data: the support types of Art. 37 of the law")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN
})
public class SupportTypeResource {

    @Inject
    SupportCatalogue catalogue;

    @GET
    @Operation(summary = "Every support type, by letter, with its names and the days essential-needs support may last")
    public List<SupportTypeView> list() {
        return catalogue.supportTypes();
    }
}
