package vn.vigil.web.rest.violations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ComplaintCommand;
import vn.vigil.inspection.api.ComplaintDecisionCommand;
import vn.vigil.inspection.api.DecisionCommand;
import vn.vigil.inspection.api.DeliveryCommand;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.PaymentCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("violation-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Violation cases", description = "Administrative violations from record to decision, payment or police")
@RolesAllowed(Role.Names.LEGAL_OFFICER)
public class ViolationCaseResource {

    private static final String VERSION = "the version the caller read";

    @Inject
    ViolationCases cases;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Open a case by hand (legal officers); cases of signed-off visits open by themselves")
    @APIResponse(responseCode = "201", description = "opened; Location names it")
    public Response open(OpenCaseCommand command) {
        ViolationCaseView opened = cases.open(Requests.body(command));
        return Requests.created(uri, opened.id(), opened);
    }

    @GET
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "The case a signed-off visit's violations opened")
    @APIResponse(responseCode = "404", description = "the visit has no case (yet)")
    public ViolationCaseView ofVisit(
            @QueryParam("visitId") @Parameter(required = true, description = "the visit") Long visitId) {
        return cases.caseOfVisit(Requests.required(visitId, "visitId"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "A case with its acts, payments, history, next deadline and the steps open to it")
    public ViolationCaseView violationCase(@PathParam("id") long id) {
        return cases.violationCase(id);
    }

    @GET
    @Path("search")
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(
            summary = "A page of the cases the caller may read (a team lead: his teams' visits' cases), filtered by"
                    + " status, violator or establishment name (diacritics ignored), detection dates, overdue,"
                    + " commune or province",
            description = "Pages by number (page) or, faster far down the list, by the cursor of the previous page"
                    + " (next). The total is exact up to 2,000 matches and the database's estimate beyond"
                    + " (totalExact false).")
    @APIResponse(responseCode = "200", description = "a page; next continues the list, absent on the last page")
    @APIResponse(
            responseCode = "400",
            description = "a malformed status, date, flag, order, id, page or size; an unknown province; a cursor that"
                    + " is garbled or belongs to another order or other filters; page and cursor together")
    public Page<CaseSummary> search(
            @QueryParam("status") @Parameter(description = "a workflow state, e.g. RECORDED") String status,
            @QueryParam("violator")
                    @Parameter(
                            description = "part of the violator's or establishment's name (one or two letters match"
                                    + " the start of a word)")
                    String violator,
            @QueryParam("communeId") @Parameter(description = "commune id of the establishment") String communeId,
            @QueryParam("provinceId")
                    @Parameter(description = "province id (administrative unit) of the establishment's commune")
                    String provinceId,
            @QueryParam("detectedFrom") @Parameter(description = "first detection day, yyyy-MM-dd") String from,
            @QueryParam("detectedTo") @Parameter(description = "last detection day, yyyy-MM-dd") String to,
            @QueryParam("overdue") @Parameter(description = "true: only cases past their deadline") String overdue,
            @QueryParam("order") @Parameter(description = "NEXT_DEADLINE (default) or DETECTED") String order,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size,
            @QueryParam("cursor")
                    @Parameter(description = "the next of the previous page, to continue the list (instead of page)")
                    String cursor) {
        CaseQuery.CaseOrder sort = RequestValues.optionalEnum(CaseQuery.CaseOrder.class, order, "order");
        CaseQuery query = new CaseQuery(
                RequestValues.optionalEnum(ViolationCaseStatus.class, status, "status"),
                violator,
                RequestValues.optionalDate(from, "detectedFrom"),
                RequestValues.optionalDate(to, "detectedTo"),
                RequestValues.flag(overdue, "overdue"),
                sort == null ? CaseQuery.CaseOrder.NEXT_DEADLINE : sort,
                RequestValues.optionalLong(communeId, "communeId"),
                RequestValues.optionalLong(provinceId, "provinceId"));
        return cases.search(query, RequestValues.page(page, size, cursor, RequestValues.DEFAULT_PAGE_SIZE));
    }

    @GET
    @Path("deadlines")
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(
            summary = "The deadline board: open cases, most urgent first (overdue on top); a team lead sees his"
                    + " teams' visits' cases only")
    public Page<CaseDeadlineView> deadlines(
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return cases.deadlineBoard(RequestValues.page(page, size));
    }

    @GET
    @Path("count")
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
    @Operation(summary = "How many cases are open (the committee sees counts only)")
    public Map<String, Long> count() {
        return Map.of("open", cases.countOpen());
    }

    @POST
    @Path("{id}/record")
    @Operation(
            summary = "Draw up the record of violation (biên bản vi phạm hành chính); it takes the next record number"
                    + " of the officer's department")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public ViolationCaseView record(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            RecordViolationCommand command) {
        return cases.recordViolation(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/decision")
    @Operation(
            summary = "Issue the sanction decision: one fine per act, inside its range, before the limitation ends;"
                    + " it takes the next decision number of the officer's department")
    public ViolationCaseView decide(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            DecisionCommand command) {
        return cases.issueDecision(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/delivery")
    @Operation(summary = "Record the delivery of the decision, or the violator's refusal to receive it")
    public ViolationCaseView deliver(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            DeliveryCommand command) {
        return cases.deliverDecision(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/payments")
    @Operation(summary = "Record a payment with its receipt; never more than the balance; late days add a surcharge")
    public ViolationCaseView pay(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            PaymentCommand command) {
        return cases.recordPayment(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/police-return")
    @Operation(summary = "The criminal investigation body sent the file back: the decision is due again")
    public ViolationCaseView returnFromPolice(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            PoliceReturnRequest request) {
        PoliceReturnRequest body = Requests.body(request);
        return cases.returnFromPolice(id, Requests.required(version, "version"), body.returnedOn(), body.reason());
    }

    @POST
    @Path("{id}/complaint")
    @Operation(summary = "Record a complaint filed within the complaint period; it suspends only when decided so")
    public ViolationCaseView fileComplaint(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            ComplaintCommand command) {
        return cases.fileComplaint(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/complaint/outcome")
    @Operation(summary = "Record the outcome of the complaint")
    public ViolationCaseView decideComplaint(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            ComplaintDecisionCommand command) {
        return cases.decideComplaint(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/steps")
    @Operation(
            summary = "A step with only a reason: explanation, no sanction, enforcement, close, transfer to police, "
                    + "prosecution, exemption of a trafficking victim")
    public ViolationCaseView step(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            CaseStepRequest request) {
        CaseStepRequest body = Requests.body(request);
        return cases.take(
                id, Requests.required(version, "version"), Requests.required(body.action(), "action"), body.reason());
    }
}
