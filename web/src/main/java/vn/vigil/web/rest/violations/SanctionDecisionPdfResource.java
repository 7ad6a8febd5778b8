package vn.vigil.web.rest.violations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.ViolationDocuments;
import vn.vigil.web.print.SanctionDecisionPdf;
import vn.vigil.web.rest.visits.VisitRecordPdfResource;

/** The printable sanction decision; its own resource because "decision.pdf" is not below "decision" in the path. */
@Path("violation-cases/{id}/decision.pdf")
@RequestScoped
@Tag(name = "Violation cases")
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class SanctionDecisionPdfResource {

    @Inject
    ViolationDocuments documents;

    @Inject
    ViolationPrintSettings settings;

    @GET
    @Produces(VisitRecordPdfResource.PDF)
    @Operation(
            summary = "The sanction decision printed as the official quyết định xử phạt vi phạm hành chính "
                    + "(PDF, Vietnamese), with the total fine in figures and in words")
    @APIResponse(responseCode = "200", description = "the PDF")
    @APIResponse(responseCode = "404", description = "no such case, or its sanction decision is not issued yet")
    public Response pdf(@PathParam("id") long caseId) {
        byte[] pdf = SanctionDecisionPdf.render(
                documents.sanctionDecision(caseId), settings.place(), settings.fineAccount());
        return Response.ok(pdf, VisitRecordPdfResource.PDF)
                .header("Content-Disposition", "inline; filename=\"quyet-dinh-xu-phat-" + caseId + ".pdf\"")
                .build();
    }
}
