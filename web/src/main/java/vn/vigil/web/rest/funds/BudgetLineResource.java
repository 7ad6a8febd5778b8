package vn.vigil.web.rest.funds;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.ApprovalRuleView;
import vn.vigil.victim.api.BudgetLineCommand;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

@Path("budget-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget lines", description = "Support money by year, funding source and support type; year-end closing")
@RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
public class BudgetLineResource {

    @Inject
    Budgets budgets;

    @Inject
    SupportApprovals approvals;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A year's lines with committed, disbursed and available amounts from the ledger")
    public List<BudgetLineView> list(
            @QueryParam("year") @Parameter(description = "the budget year (default: this year)") String year) {
        return budgets.budgetLines(
                QueryParams.integer("year", year, LocalDate.now().getYear()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One line with its balances")
    @APIResponse(responseCode = "404", description = "no such line")
    public BudgetLineView line(@PathParam("id") long id) {
        return budgets.budgetLine(id);
    }

    @POST
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Create a line (finance officers)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(BudgetLineCommand command) {
        BudgetLineView created = budgets.createBudgetLine(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Change a line's amount (never below what it has committed and disbursed) and note")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public BudgetLineView revise(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            BudgetLineRevision body) {
        BudgetLineRevision r = Requests.body(body);
        return budgets.reviseBudgetLine(
                id, Requests.required(version, "version"), Requests.required(r.amount(), "funds.amount"), r.note());
    }

    @POST
    @Path("years/{year}/closing")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Close a budget year: no more allocations, approvals or disbursements on its lines")
    @APIResponse(responseCode = "204", description = "closed")
    public Response closeYear(@PathParam("year") int year) {
        budgets.closeYear(year);
        return Response.noContent().build();
    }

    @GET
    @Path("approval-rule")
    @Operation(summary = "The amount above which a second finance officer must approve")
    public ApprovalRuleView approvalRule() {
        return approvals.approvalRule();
    }

    @PUT
    @Path("approval-rule")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change the second-approval threshold (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public ApprovalRuleView changeApprovalRule(
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ApprovalRuleRequest body) {
        return approvals.changeApprovalRule(
                Requests.required(Requests.body(body).secondApprovalAbove(), "funds.secondApprovalAbove"),
                Requests.required(version, "version"));
    }
}
