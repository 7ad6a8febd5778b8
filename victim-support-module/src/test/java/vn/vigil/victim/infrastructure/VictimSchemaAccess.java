package vn.vigil.victim.infrastructure;

import vn.vigil.core.api.ModuleSchema;

/** The victim module's schema exactly as the application produces it, for tests. */
public final class VictimSchemaAccess {

    private VictimSchemaAccess() {}

    public static ModuleSchema victimSchema() {
        return new VictimSchema().victimSchema();
    }
}
