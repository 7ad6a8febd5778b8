package vn.vigil.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import vn.vigil.core.api.ModuleSchema;

/** The read model's schema; migrated after every schema whose tables it aggregates (its triggers sit on them). */
@ApplicationScoped
public class ReportingSchema {

    @Produces
    ModuleSchema reportingSchema() {
        return new ModuleSchema("reporting", 20, List.of());
    }
}
