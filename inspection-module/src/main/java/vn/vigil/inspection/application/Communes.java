package vn.vigil.inspection.application;

import java.util.HashSet;
import java.util.Set;
import vn.vigil.core.api.unit.AdminUnitService;

/** A list's commune filter widened to the communes merged into it, as the reporting read model counts them. */
final class Communes {

    private Communes() {}

    /**
     * The commune and those retired into it (within the province, when one is chosen too), or null when nothing was
     * merged into it and no province narrows it, so the list keeps its plain one-commune query.
     */
    static Set<Long> merged(AdminUnitService units, long communeId, Set<Long> provinceCommunes) {
        Set<Long> communes = new HashSet<>(units.withPredecessors(communeId));
        communes.add(communeId);
        if (provinceCommunes != null) {
            communes.retainAll(provinceCommunes);
            return communes;
        }
        return communes.size() > 1 ? communes : null;
    }
}
