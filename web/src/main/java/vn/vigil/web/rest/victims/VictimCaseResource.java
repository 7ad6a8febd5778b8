package vn.vigil.web.rest.victims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.IdentityView;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.api.ReferralCommand;
import vn.vigil.victim.api.ReferralView;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("victim-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Victim cases",
        description = "Protected persons' cases, on a need-to-know basis. Case workers act on their own cases only;"
                + " a case is read by its case worker, a holder of a live identity grant and administrators, and"
                + " refused to everyone else (refusals are audited); identity is read through identity-reads, by the"
                + " case worker or a granted supervisor, each read audited")
@RolesAllowed({
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN,
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER
})
public class VictimCaseResource {

    @Inject
    VictimCases cases;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "The caller's open cases, the most urgent verification first (case workers)")
    public Page<CaseloadRow> caseload(
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return cases.caseload(RequestValues.page(page, size));
    }

    @GET
    @Path("open")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Every open case with its case worker, without identity (administrators, to reassign)")
    public Page<CaseloadRow> open(
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return cases.openCases(RequestValues.page(page, size));
    }

    @POST
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Receive a person: opens a case for the caller, with codes of possible earlier cases")
    @APIResponse(responseCode = "201", description = "the case is open")
    public Response receive(ReceptionCommand command) {
        Reception reception = cases.receive(Requests.body(command));
        return Requests.created(uri, reception.victimCase().id(), reception);
    }

    @POST
    @Path("possible-duplicates")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Codes of cases that may concern the same person (same ID number, or name and birth year)")
    public List<String> possibleDuplicates(PossibleDuplicatesRequest request) {
        PossibleDuplicatesRequest body = Requests.body(request);
        return cases.possibleSameAs(body.identity(), body.birthYear());
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A case without identity: its case worker, a grant holder or an administrator")
    public VictimCaseView find(@PathParam("id") long id) {
        return cases.find(id);
    }

    @GET
    @Path("by-code/{code}")
    @Operation(summary = "A case by its code, e.g. NN-2026-0001 (same readers as by id)")
    public VictimCaseView findByCode(@PathParam("code") String code) {
        return cases.findByCode(code);
    }

    @POST
    @Path("{id: \\d+}/identity-reads")
    @Operation(summary = "Read the person's identity for a stated purpose (audited; case worker or granted supervisor)")
    public IdentityView readIdentity(@PathParam("id") long id, IdentityReadRequest request) {
        IdentityReadRequest body = Requests.body(request);
        return cases.revealIdentity(id, body.purpose(), body.note());
    }

    @PUT
    @Path("{id: \\d+}/photo")
    @Consumes({"image/jpeg", "image/png"})
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Add or replace the person's photo (JPEG or PNG, at most 2 MB); stored encrypted")
    public VictimCaseView attachPhoto(
            @PathParam("id") long id, @HeaderParam("Content-Type") String contentType, byte[] content) {
        return cases.attachPhoto(id, content, contentType == null ? null : contentType.split(";")[0].strip());
    }

    @POST
    @Path("{id: \\d+}/verification")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Record the outcome of the verification: VERIFIED_VICTIM or NOT_A_VICTIM")
    @APIResponse(responseCode = "409", description = "someone changed the case since the given version")
    public VictimCaseView verify(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            VerificationCommand command) {
        return cases.recordVerification(id, Requests.required(version, "version"), Requests.body(command));
    }

    @GET
    @Path("{id: \\d+}/referrals")
    @Operation(summary = "Referrals of the case to other bodies (same readers as the case)")
    public List<ReferralView> referrals(@PathParam("id") long id) {
        return cases.referrals(id);
    }

    @POST
    @Path("{id: \\d+}/referrals")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Refer the case to another body; refused without the person's consent to this referral")
    @APIResponse(responseCode = "201", description = "the referral is recorded")
    public Response refer(@PathParam("id") long id, ReferralCommand command) {
        ReferralView referral = cases.refer(id, Requests.body(command));
        return Requests.created(uri, referral.id(), referral);
    }

    @POST
    @Path("{id: \\d+}/closure")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Close the case with a reason")
    @APIResponse(responseCode = "409", description = "someone changed the case since the given version")
    public VictimCaseView close(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ClosureCommand command) {
        return cases.close(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id: \\d+}/reassignment")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Hand the case to another case worker (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed the case since the given version")
    public VictimCaseView reassign(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ReassignmentRequest request) {
        return cases.reassign(
                id,
                Requests.required(version, "version"),
                Requests.body(request).caseWorker());
    }
}
