package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EvidenceContent;
import vn.vigil.inspection.api.EvidenceLocker;

@Path("evidence")
@RequestScoped
@Tag(name = "Evidence")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class EvidenceResource {

    @Inject
    EvidenceLocker locker;

    @GET
    @Path("{id}/content")
    @Operation(summary = "Download a piece of evidence as it was stored; every download is audited")
    @APIResponse(responseCode = "200", description = "the file, with its type, name and SHA-256 in headers")
    @APIResponse(responseCode = "404", description = "no such evidence")
    public Response content(@PathParam("id") long id) {
        EvidenceContent content = locker.content(id);
        return Response.ok(content.bytes(), content.evidence().contentType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition(content.evidence().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", content.evidence().sha256())
                .build();
    }

    /** RFC 6266: an ASCII fallback name, and the real (Vietnamese) name encoded as UTF-8. */
    static String disposition(String fileName) {
        String ascii = vn.vigil.core.api.Text.fold(fileName).replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
