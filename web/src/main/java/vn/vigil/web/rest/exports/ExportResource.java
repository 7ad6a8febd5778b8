package vn.vigil.web.rest.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.Role;
import vn.vigil.web.export.ExportCatalogue;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportFormat;
import vn.vigil.web.export.ExportNotReady;
import vn.vigil.web.export.ExportStatus;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.Exports;
import vn.vigil.web.export.ExportsBusy;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.rest.Problems;
import vn.vigil.web.rest.Requests;

/**
 * Exports of lists: started with the list's name, its filters and a format, written in the background, polled, and
 * downloaded by whoever started them (nobody else sees them). An export carries exactly what the list's own endpoint
 * shows the caller: a list the caller may not read is refused with 403 before anything starts.
 */
@Path("exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Lists written to CSV, XLSX or PDF in the background")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN
})
public class ExportResource {

    @Inject
    Exports exports;

    @Inject
    ExportCatalogue catalogue;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start writing a list to a file; poll GET /exports/{id} until its state is READY")
    @APIResponse(responseCode = "202", description = "started; the body is its status, Location its address")
    @APIResponse(responseCode = "400", description = "an unknown list or format, or a filter that cannot be read")
    @APIResponse(responseCode = "403", description = "the caller may not see that list; nothing was started")
    @APIResponse(responseCode = "429", description = "the caller already has as many exports running as allowed")
    @APIResponse(responseCode = "503", description = "the server runs as many exports as it may; try again later")
    public Response start(ExportRequest request) {
        ExportRequest body = Requests.body(request);
        String name = Requests.required(body.list(), "export.list");
        ExportFormat format = ExportFormat.named(Requests.required(body.format(), "export.format"));
        ExportedList<?> list = catalogue.list(name, new ExportFilters(body.filters()));
        ExportStatus status;
        try {
            status = exports.start(list, format, Problems.locale(headers));
        } catch (AccessDeniedException refused) {
            return Problems.of(
                    headers,
                    uri,
                    Response.Status.FORBIDDEN,
                    "forbidden",
                    "export.forbiddenList",
                    Bundles.text(Problems.locale(headers), list.titleKey()));
        } catch (ExportsBusy busy) {
            return Response.fromResponse(Problems.of(
                            headers,
                            uri,
                            Response.Status.TOO_MANY_REQUESTS,
                            "too-many-exports",
                            busy.messageKey(),
                            busy.arguments()))
                    .header(HttpHeaders.RETRY_AFTER, 30)
                    .build();
        }
        return Response.accepted(status)
                .location(uri.getAbsolutePathBuilder().path(status.id()).build())
                .build();
    }

    @GET
    @Operation(summary = "My exports, newest first")
    public List<ExportStatus> mine() {
        return exports.mine();
    }

    @GET
    @Path("lists")
    @Operation(summary = "The names of the lists that can be exported")
    public List<String> lists() {
        return catalogue.names();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my exports: its state and the rows written so far")
    @APIResponse(responseCode = "200", description = "its state; READY: GET {id}/file sends the file")
    @APIResponse(responseCode = "404", description = "no export of mine with that id (another person's, or deleted)")
    public ExportStatus status(@PathParam("id") String id) {
        return exports.status(id);
    }

    @GET
    @Path("{id}/file")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "The file of one of my exports that is READY; it is deleted once sent in full")
    @APIResponse(responseCode = "200", description = "the CSV, XLSX or PDF file, as an attachment")
    @APIResponse(responseCode = "404", description = "no export of mine with that id (another person's, or deleted)")
    @APIResponse(responseCode = "409", description = "not ready: still being written, or it failed")
    public Response file(@PathParam("id") String id) {
        Exports.Download download;
        try {
            download = exports.download(id);
        } catch (ExportNotReady notReady) {
            return Problems.of(headers, uri, Response.Status.CONFLICT, "export-not-ready", notReady.messageKey());
        }
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + download.fileName() + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop one of my exports and delete it and its file")
    @APIResponse(responseCode = "204", description = "stopped and deleted")
    @APIResponse(responseCode = "404", description = "no export of mine with that id")
    public Response discard(@PathParam("id") String id) {
        exports.discard(id);
        return Response.noContent().build();
    }
}
