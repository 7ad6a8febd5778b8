package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.infrastructure.migration.V2__Seed_administrative_units;
import vn.vigil.core.infrastructure.migration.V3__Seed_holidays;
import vn.vigil.core.infrastructure.migration.V4__Seed_departments;

@ApplicationScoped
public class CoreSchema {

    @Produces
    ModuleSchema coreSchema() {
        return new ModuleSchema(
                "core",
                0,
                List.of(V2__Seed_administrative_units.class, V3__Seed_holidays.class, V4__Seed_departments.class));
    }
}
