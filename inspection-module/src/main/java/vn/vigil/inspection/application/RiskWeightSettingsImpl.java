package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.RiskWeightSettings;
import vn.vigil.inspection.api.RiskWeightView;
import vn.vigil.inspection.domain.RiskFactorWeight;
import vn.vigil.inspection.domain.RiskWeights;
import vn.vigil.inspection.domain.RiskWeightsAdjusted;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class RiskWeightSettingsImpl implements RiskWeightSettings {

    @Inject
    RiskWeights riskWeights;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Event<RiskWeightsAdjusted> adjusted;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.COMMITTEE_VIEWER,
        Role.Names.ADMIN
    })
    public List<RiskWeightView> weights() {
        return riskWeights.list().stream()
                .map(RiskFactorWeight::view)
                .sorted(Comparator.comparing(RiskWeightView::factor))
                .toList();
    }

    @Override
    public void adjust(List<RiskWeightView> weights) {
        for (RiskWeightView change : weights) {
            RiskFactorWeight weight = riskWeights
                    .find(change.factor())
                    .orElseThrow(() -> new NotFoundException("RiskFactorWeight", change.factor()));
            if (weight.version() != change.version()) {
                throw new ConflictException("RiskFactorWeight");
            }
            weight.adjust(change.weight(), change.saturation());
        }
        audit.record(AuditEvent.of("RISK_WEIGHTS_ADJUSTED", "RiskFactorWeight", null, weights.size() + " factors"));
        adjusted.fire(new RiskWeightsAdjusted(actor.username()));
    }
}
