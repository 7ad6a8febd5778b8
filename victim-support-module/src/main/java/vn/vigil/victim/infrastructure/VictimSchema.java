package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import vn.vigil.core.api.ModuleSchema;

@ApplicationScoped
public class VictimSchema {

    @Produces
    ModuleSchema victimSchema() {
        return new ModuleSchema("victim", 10, List.of());
    }
}
