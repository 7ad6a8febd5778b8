package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemCommand;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.web.rest.Requests;

/** Checklist versions; a draft's items are edited here by administrators, each change naming the version read. */
@Path("checklist-versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists")
@RolesAllowed(Role.Names.ADMIN)
public class ChecklistVersionResource {

    @Inject
    ChecklistCatalogue catalogue;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Operation(summary = "One version (published or draft) with its items in order")
    @APIResponse(responseCode = "404", description = "no such version")
    public ChecklistVersionView version(@PathParam("id") long id) {
        return catalogue.version(id);
    }

    @POST
    @Path("{id}/items")
    @Operation(summary = "Add an item at the end of a draft (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the draft since the given version")
    public ChecklistVersionView addItem(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ChecklistItemCommand item) {
        return catalogue.addItem(id, Requests.required(version, "version"), Requests.body(item));
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @Operation(summary = "Change an item of a draft (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the draft since the given version")
    public ChecklistVersionView editItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ChecklistItemCommand item) {
        return catalogue.editItem(id, Requests.required(version, "version"), itemId, Requests.body(item));
    }

    @PUT
    @Path("{id}/items/{itemId}/position")
    @Operation(summary = "Move an item of a draft to a position, 1 being first (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the draft since the given version")
    public ChecklistVersionView moveItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ItemPositionRequest request) {
        int position = Requests.required(Requests.body(request).position(), "position");
        return catalogue.moveItem(id, Requests.required(version, "version"), itemId, position);
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @Operation(summary = "Remove an item from a draft (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the draft since the given version")
    public ChecklistVersionView removeItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return catalogue.removeItem(id, Requests.required(version, "version"), itemId);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish a draft: it becomes the version in force and never changes again (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the draft since the given version")
    public ChecklistVersionView publish(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return catalogue.publish(id, Requests.required(version, "version"));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a draft (administrators); the version in force stays")
    @APIResponse(responseCode = "204", description = "discarded")
    public Response discard(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        catalogue.discardDraft(id, Requests.required(version, "version"));
        return Response.noContent().build();
    }
}
