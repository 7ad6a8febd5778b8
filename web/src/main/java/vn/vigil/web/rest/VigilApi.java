package vn.vigil.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.vigil.core.api.Role;

@ApplicationPath("api/v1")
@DeclareRoles({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vigil API",
                        version = "1",
                        description =
                                "REST API of Vigil for the Steering Committee's member departments and a future mobile"
                                        + " client. Every call needs a personal API token (Authorization: Bearer vgl_…, created on the"
                                        + " account page or at /api/v1/me/tokens), HTTP Basic credentials of a Vigil account, or a"
                                        + " signed-in session;"
                                        + " errors are RFC 9457 problem documents in the caller's language (Accept-Language: vi or en)."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "a personal API token, vgl_ and 43 more characters")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class VigilApi extends Application {}
