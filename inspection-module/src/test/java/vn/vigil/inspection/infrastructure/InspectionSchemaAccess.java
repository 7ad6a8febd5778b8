package vn.vigil.inspection.infrastructure;

import vn.vigil.core.api.ModuleSchema;

/** The inspection schema for tests outside this package. */
public final class InspectionSchemaAccess {

    private InspectionSchemaAccess() {}

    public static ModuleSchema inspectionSchema() {
        return new InspectionSchema().inspectionSchema();
    }
}
