package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.core.api.Page;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * The inspections' referrals of possible victims waiting for a case worker (when, which visit, which establishment),
 * as on victim/cases; the establishments' names read with one query per page.
 */
@ApplicationScoped
public class IndicatorReferralsExport implements ExportableList {

    /** A referral with the name of the establishment its visit was made at. */
    public record Row(long visitId, String establishment, Instant receivedAt) {}

    static final List<ExportColumn<Row>> COLUMNS = List.of(
            ExportColumn.time("victims.referrals.receivedAt", Row::receivedAt),
            ExportColumn.of("victims.referrals.visit", Row::visitId),
            ExportColumn.of("victims.referrals.establishment", Row::establishment));

    @Inject
    IndicatorReferrals referrals;

    @Inject
    EstablishmentRegistry establishments;

    @Override
    public String name() {
        return "indicator-referrals";
    }

    @Override
    public ExportedList<Row> list(ExportFilters f) {
        return of();
    }

    public ExportedList<Row> of() {
        return new ExportedList<>(
                name(),
                "victims.referrals.title",
                COLUMNS,
                request -> {
                    Page<IndicatorReferralView> page = referrals.pending(request);
                    Map<Long, String> names = establishments.names(page.items().stream()
                            .map(IndicatorReferralView::establishmentId)
                            .collect(Collectors.toSet()));
                    return page.map(r -> new Row(r.visitId(), names.get(r.establishmentId()), r.receivedAt()));
                },
                "");
    }
}
