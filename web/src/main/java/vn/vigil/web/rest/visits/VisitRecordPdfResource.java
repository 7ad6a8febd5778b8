package vn.vigil.web.rest.visits;

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
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitRecords;
import vn.vigil.web.print.VisitRecordPdf;

/** The printable record; its own resource because "record.pdf" is not below "record" in the path. */
@Path("visits/{id}/record.pdf")
@RequestScoped
@Tag(name = "Visit records")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class VisitRecordPdfResource {

    public static final String PDF = "application/pdf";

    @Inject
    VisitRecords records;

    @Inject
    EvidenceLocker evidence;

    @GET
    @Produces(PDF)
    @Operation(summary = "The record printed as an official biên bản kiểm tra (PDF, Vietnamese)")
    @APIResponse(responseCode = "404", description = "no such visit, or recording has not begun")
    public Response pdf(@PathParam("id") long visitId) {
        VisitRecordView record = records.find(visitId).orElseThrow(() -> new NotFoundException("VisitRecord", visitId));
        byte[] pdf = VisitRecordPdf.render(records.header(visitId), record, evidence.of(visitId));
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"bien-ban-kiem-tra-" + visitId + ".pdf\"")
                .build();
    }
}
