package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.EvidenceUpload;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.web.rest.Idempotent;

@Path("visits/{visitId}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Photos and PDF documents of visits: checked, fingerprinted, never altered")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class VisitEvidenceResource {

    private static final Pattern SHA_256 = Pattern.compile("(?:^|,)\\s*sha-256=:([A-Za-z0-9+/=]+):");

    @Inject
    EvidenceLocker locker;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    @Operation(summary = "The evidence of a visit, oldest first (without the files' bytes)")
    public List<EvidenceView> list(@PathParam("visitId") long visitId) {
        return locker.of(visitId);
    }

    @POST
    @UploadLimited
    @Idempotent
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
    @Operation(
            summary = "Attach a photo (JPEG, PNG, WebP) or a PDF to a visit being recorded or amended",
            description = "multipart/form-data with a part 'file' and an optional 'capturedAt' (ISO 8601 with an"
                    + " offset). The content must be what the part's type and the file name say.")
    @APIResponse(responseCode = "201", description = "stored; Location names its content")
    @APIResponse(responseCode = "400", description = "refused: visit not being recorded, empty, wrong type, too large")
    @APIResponse(responseCode = "411", description = "the request does not give its Content-Length")
    @APIResponse(responseCode = "413", description = "the request is larger than any accepted file")
    public Response attach(
            @PathParam("visitId") long visitId,
            @FormParam("file") EntityPart file,
            @FormParam("capturedAt") String capturedAt,
            @HeaderParam("Repr-Digest")
                    @Parameter(
                            description = "RFC 9530: sha-256=:<base64 of the file's SHA-256>: — checked against the"
                                    + " bytes received; a mismatch stores nothing")
                    String digest) {
        if (file == null) {
            throw new DomainException("evidence.filePartMissing");
        }
        Instant captured = capturedAt(capturedAt);
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        try (InputStream content = file.getContent()) {
            EvidenceView stored = locker.attach(
                    visitId,
                    new EvidenceUpload(file.getFileName().orElse(null), type, captured, content, sha256(digest)));
            return Response.created(uri.getBaseUriBuilder()
                            .path(EvidenceResource.class)
                            .path(String.valueOf(stored.id()))
                            .path("content")
                            .build())
                    .entity(stored)
                    .build();
        } catch (IOException e) {
            throw new DomainException("evidence.unreadable");
        }
    }

    /** The SHA-256 (hex) a {@code Repr-Digest} header gives, or null without the header. */
    static String sha256(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = SHA_256.matcher(header);
        if (!m.find()) {
            throw new DomainException("evidence.digestInvalid");
        }
        try {
            byte[] digest = Base64.getDecoder().decode(m.group(1));
            if (digest.length != 32) {
                throw new DomainException("evidence.digestInvalid");
            }
            return HexFormat.of().formatHex(digest);
        } catch (IllegalArgumentException e) {
            throw new DomainException("evidence.digestInvalid");
        }
    }

    private static Instant capturedAt(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException("evidence.capturedAtInvalid", raw.strip());
        }
    }
}
