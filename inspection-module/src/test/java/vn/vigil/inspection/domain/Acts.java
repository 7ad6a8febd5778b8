package vn.vigil.inspection.domain;

import java.time.LocalDate;
import vn.vigil.inspection.api.LegalProvisionCommand;

/** Plain acts of the legal catalogue for tests: no point, no additional sanction, in use, in force from a day on. */
public final class Acts {

    private Acts() {}

    public static LegalProvisionCommand act(
            String decree, int article, int clause, String description, long min, long max, LocalDate validFrom) {
        return new LegalProvisionCommand(
                decree,
                article,
                clause,
                null,
                description,
                min,
                max,
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                validFrom,
                null);
    }
}
