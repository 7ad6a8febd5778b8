package vn.vigil.web.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

@Path("admin-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Administrative units",
        description = "Provinces and commune-level units (and former districts) with validity periods and successors")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class AdminUnitResource {

    static final int DEFAULT_PAGE_SIZE = 25;

    @Inject
    AdminUnitService units;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Search units",
            description = "Provinces first, then districts, communes and villages, each by name. Without validOn the"
                    + " whole history is searched.")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "A parameter cannot be read")
    public Page<AdminUnitView> search(
            @Parameter(description = "Part of the name, diacritics ignored, or the start of the code")
                    @QueryParam("text")
                    String text,
            @Parameter(description = "PROVINCE, DISTRICT, COMMUNE or VILLAGE") @QueryParam("level") String level,
            @Parameter(description = "Only the units directly under this one") @QueryParam("parentId") String parentId,
            @Parameter(description = "Only units in force on this day (yyyy-MM-dd)") @QueryParam("validOn")
                    String validOn,
            @Parameter(description = "Zero-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 200, default 25") @QueryParam("size") String size) {
        AdminUnitQuery query = new AdminUnitQuery(
                text,
                QueryParams.choice(UnitLevel.class, "level", level),
                QueryParams.id("parentId", parentId),
                QueryParams.day("validOn", validOn));
        return units.search(
                query,
                new PageRequest(
                        QueryParams.integer("page", page, 0), QueryParams.integer("size", size, DEFAULT_PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit, with the names of its parent and successor")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public AdminUnitView find(@PathParam("id") long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("AdministrativeUnit", id));
    }

    @GET
    @Path("{id}/predecessors")
    @Operation(summary = "The units retired into this one by mergers or splits, latest first")
    @APIResponse(responseCode = "200", description = "The former units, possibly none")
    @APIResponse(responseCode = "404", description = "No such unit")
    public List<AdminUnitView> predecessors(@PathParam("id") long id) {
        find(id);
        return units.predecessors(id);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a unit (a retired one too, with validTo and successorId)")
    @APIResponse(responseCode = "201", description = "Added; Location names the new unit")
    @APIResponse(responseCode = "400", description = "A field is missing or a rule refused the unit")
    public Response create(AdminUnitRequest request) {
        AdminUnitView created = units.create(Requests.body(request).command());
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(
            summary = "Replace a unit's description and period",
            description = "Send the version you read. Without validTo a retired unit is put back in force.")
    @APIResponse(responseCode = "200", description = "The unit as stored, with its new version")
    @APIResponse(responseCode = "409", description = "Someone changed the unit since you read it")
    public AdminUnitView update(@PathParam("id") long id, AdminUnitRequest request) {
        AdminUnitRequest body = Requests.body(request);
        long version = Requests.required(body.version(), "version");
        return units.update(id, version, body.command());
    }

    @POST
    @Path("{id}/retirement")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(
            summary = "Retire or merge a unit",
            description = "Ends the unit on lastDay; the successor, if any, must be in force on the next day.")
    @APIResponse(responseCode = "200", description = "The retired unit, with its new version")
    @APIResponse(responseCode = "409", description = "Someone changed the unit since you read it")
    public AdminUnitView retire(@PathParam("id") long id, UnitRetirementRequest request) {
        UnitRetirementRequest body = Requests.body(request).checked();
        return units.retire(id, body.version(), body.lastDay(), body.successorId());
    }
}
