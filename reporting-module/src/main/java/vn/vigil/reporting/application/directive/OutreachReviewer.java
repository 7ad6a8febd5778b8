package vn.vigil.reporting.application.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.infrastructure.directive.DirectiveStore;

/**
 * The department that reviews communes' outreach before the standing office approves it: by default the Department of
 * Culture, Sports and Tourism (code {@code SVHTTDL}), which steers grassroots information; {@code vigil.outreach.reviewer}
 * names another department's code. When no such department exists, communes' outreach goes straight to the standing
 * office.
 */
@ApplicationScoped
public class OutreachReviewer {

    @Inject
    DirectiveStore directives;

    @Inject
    @ConfigProperty(name = "vigil.outreach.reviewer", defaultValue = "SVHTTDL")
    String code;

    protected OutreachReviewer() {}

    public OutreachReviewer(DirectiveStore directives, String code) {
        this.directives = directives;
        this.code = code;
    }

    public Optional<Long> unit() {
        return directives.unitByCode(code).filter(u -> !u.commune()).map(UnitRef::id);
    }
}
