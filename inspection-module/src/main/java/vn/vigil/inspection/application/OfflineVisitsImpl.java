package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.inspection.api.OfflineBundle;
import vn.vigil.inspection.api.OfflineVisits;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.domain.VisitRecord;
import vn.vigil.inspection.domain.VisitRecordRepository;

@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.SUPPORTS)
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
public class OfflineVisitsImpl implements OfflineVisits {

    /** How far ahead of {@code from} the next visits are looked for. */
    static final int DAYS_AHEAD = 60;

    @Inject
    VisitDirectory visits;

    @Inject
    VisitRecordRepository records;

    @Inject
    EstablishmentRegistry establishments;

    @Inject
    ChecklistCatalogue checklists;

    @Override
    public OfflineBundle bundle(LocalDate from, int limit) {
        if (limit < 1 || limit > MAX_VISITS) {
            throw new DomainException("offline.limitOutOfRange", MAX_VISITS);
        }
        List<VisitSummary> next = visits.mine(from, from.plusDays(DAYS_AHEAD)).stream()
                .filter(v -> v.status() == VisitStatus.SCHEDULED || v.status() == VisitStatus.IN_PROGRESS)
                .limit(limit)
                .toList();
        List<OfflineBundle.Visit> taken = new ArrayList<>();
        Map<Long, OfflineBundle.Establishment> places = new LinkedHashMap<>();
        Map<Long, ChecklistVersionView> used = new LinkedHashMap<>();
        for (VisitSummary v : next) {
            EstablishmentView e = establishments.find(v.establishmentId());
            places.computeIfAbsent(e.id(), id -> place(e));
            Optional<VisitRecord> record = records.findByVisit(v.id());
            Long checklist = record.isPresent()
                    ? record.get().checklistVersionId()
                    : checklists
                            .inForce(e.businessLineId())
                            .map(ChecklistVersionView::id)
                            .orElse(null);
            if (checklist != null) {
                used.computeIfAbsent(checklist, checklists::version);
            }
            taken.add(new OfflineBundle.Visit(
                    v.id(),
                    v.establishmentId(),
                    v.teamId(),
                    v.teamName(),
                    v.kind(),
                    v.status(),
                    v.start(),
                    v.end(),
                    v.version(),
                    record.map(VisitRecord::version).orElse(null),
                    checklist));
        }
        return new OfflineBundle(Instant.now(), taken, List.copyOf(places.values()), List.copyOf(used.values()));
    }

    private static OfflineBundle.Establishment place(EstablishmentView e) {
        return new OfflineBundle.Establishment(
                e.id(),
                e.name(),
                e.businessLineVi(),
                e.businessLineEn(),
                e.registrationNo(),
                e.address(),
                e.communeName(),
                e.status());
    }
}
