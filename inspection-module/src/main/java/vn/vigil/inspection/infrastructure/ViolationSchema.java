package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import vn.vigil.core.api.ModuleSchema;

/** The violation part's own schema: the legal catalogue, the rule table and violation cases. */
@ApplicationScoped
public class ViolationSchema {

    @Produces
    ModuleSchema violationSchema() {
        return new ModuleSchema("violation", 15, List.of());
    }
}
