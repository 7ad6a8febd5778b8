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
import vn.vigil.web.print.ViolationRecordPdf;
import vn.vigil.web.rest.visits.VisitRecordPdfResource;

/** The printable record of violation; its own resource because "record.pdf" is not below "record" in the path. */
@Path("violation-cases/{id}/record.pdf")
@RequestScoped
@Tag(name = "Violation cases")
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class ViolationRecordPdfResource {

    @Inject
    ViolationDocuments documents;

    @Inject
    ViolationPrintSettings settings;

    @GET
    @Produces(VisitRecordPdfResource.PDF)
    @Operation(
            summary = "The record of violation printed as the official biên bản vi phạm hành chính (PDF, Vietnamese)")
    @APIResponse(responseCode = "200", description = "the PDF")
    @APIResponse(responseCode = "404", description = "no such case, or its record of violation is not drawn up yet")
    public Response pdf(@PathParam("id") long caseId) {
        byte[] pdf = ViolationRecordPdf.render(documents.violationRecord(caseId), settings.place());
        return Response.ok(pdf, VisitRecordPdfResource.PDF)
                .header("Content-Disposition", "inline; filename=\"bien-ban-vi-pham-" + caseId + ".pdf\"")
                .build();
    }
}
