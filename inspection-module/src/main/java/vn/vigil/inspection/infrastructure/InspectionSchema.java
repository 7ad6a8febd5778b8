package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import vn.vigil.core.api.ModuleSchema;

@ApplicationScoped
public class InspectionSchema {

    @Produces
    ModuleSchema inspectionSchema() {
        return new ModuleSchema("inspection", 10, List.of());
    }
}
