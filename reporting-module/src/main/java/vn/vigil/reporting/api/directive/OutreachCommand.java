package vn.vigil.reporting.api.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An outreach activity as a unit logs it. */
public record OutreachCommand(
        LocalDate heldOn,
        Long unitId,
        OutreachKind kind,
        Set<Audience> audiences,
        List<Long> communeIds,
        Integer participants,
        Integer materials,
        String description) {

    public OutreachCommand {
        audiences = audiences == null
                ? Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(audiences));
        communeIds = communeIds == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(communeIds));
    }
}
