package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.domain.EstablishmentSearch;

@ApplicationScoped
@Guarded
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN
})
@Transactional(Transactional.TxType.SUPPORTS)
public class EstablishmentDirectoryImpl implements EstablishmentDirectory {

    @Inject
    EstablishmentSearch establishments;

    @Inject
    AdminUnitService units;

    @Override
    public Page<EstablishmentSummary> search(EstablishmentQuery query, PageRequest page) {
        Set<Long> provinceCommunes = query.provinceId() == null ? null : units.communesOfProvince(query.provinceId());
        Page<EstablishmentSummary> found = establishments.search(query, provinceCommunes, page);
        return found.withItems(withCommunes(found.items()));
    }

    @Override
    public List<EstablishmentSummary> byIds(Collection<Long> ids) {
        return withCommunes(establishments.byIds(ids));
    }

    private List<EstablishmentSummary> withCommunes(List<EstablishmentSummary> rows) {
        Map<Long, String> communes =
                units.namesOf(rows.stream().map(EstablishmentSummary::communeId).toList());
        return rows.stream()
                .map(row -> row.inCommune(communes.get(row.communeId())))
                .toList();
    }
}
