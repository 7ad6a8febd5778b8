package vn.vigil.web.rest.offline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.offline.OfflineKeys;
import vn.vigil.inspection.api.OfflineBundle;
import vn.vigil.inspection.api.OfflineVisits;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.rest.Problems;
import vn.vigil.web.rest.QueryParams;

/** What the offline visit form (/field/index.html) fetches while online: see docs/offline.md. */
@Path("me/offline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offline visits", description = "Taking the next visits onto a tablet to record them without a network")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
public class OfflineResource {

    /** Visits in a bundle unless the caller asks for fewer or more. */
    static final int DEFAULT_VISITS = 20;

    @Inject
    OfflineVisits offline;

    @Inject
    OfflineKeys keys;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** The key that wraps the tablet's data key, for the signed-in user only. */
    public record OfflineKey(String username, String key) {}

    @GET
    @Path("visits")
    @Operation(
            summary = "My next visits still to record, with their establishments (no personal data) and checklists",
            description = "Only visits I go on, scheduled or being recorded, earliest first, from the given day on")
    @APIResponse(responseCode = "400", description = "a malformed day, or a limit outside 1 to 50")
    public OfflineBundle visits(
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd), default today") String from,
            @QueryParam("limit") @Parameter(description = "how many visits, 1 to 50, default 20") String limit) {
        java.time.LocalDate first = QueryParams.day("from", from);
        return offline.bundle(
                first == null ? VietnamTime.today() : first, QueryParams.integer("limit", limit, DEFAULT_VISITS));
    }

    @GET
    @Path("key")
    @Operation(summary = "The key that wraps my tablet's offline data key (never stored on the tablet unwrapped)")
    public OfflineKey key() {
        String username = security.getUserPrincipal().getName();
        return new OfflineKey(username, Base64.getEncoder().encodeToString(keys.wrappingKeyOf(username)));
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "Sign out of this browser session (the offline form's sign-out button)")
    @APIResponse(responseCode = "204", description = "signed out")
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("texts")
    @Operation(summary = "The offline form's texts in the caller's language (Accept-Language: vi or en)")
    public Map<String, String> texts() {
        Locale locale = Problems.locale(headers);
        ResourceBundle bundle = ResourceBundle.getBundle(Bundles.BASE, locale, Bundles.class.getClassLoader());
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("offline.")
                    || key.startsWith("record.indicator.")
                    || key.startsWith("record.outcome.")
                    || key.startsWith("record.role.")) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
