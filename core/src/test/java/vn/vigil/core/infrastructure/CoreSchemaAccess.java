package vn.vigil.core.infrastructure;

import vn.vigil.core.api.ModuleSchema;

/**
 * The core module's schema exactly as the application produces it ({@link CoreSchema}'s producer method is
 * package-private), for tests of this and other modules.
 */
public final class CoreSchemaAccess {

    private CoreSchemaAccess() {}

    public static ModuleSchema coreSchema() {
        return new CoreSchema().coreSchema();
    }
}
