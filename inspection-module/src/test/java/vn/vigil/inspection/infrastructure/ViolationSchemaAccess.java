package vn.vigil.inspection.infrastructure;

import vn.vigil.core.api.ModuleSchema;

/** The violation schema for tests outside this package. */
public final class ViolationSchemaAccess {

    private ViolationSchemaAccess() {}

    public static ModuleSchema violationSchema() {
        return new ViolationSchema().violationSchema();
    }
}
