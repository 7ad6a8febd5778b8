package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolationRuleCommand;
import vn.vigil.inspection.api.ViolationRuleView;
import vn.vigil.inspection.api.ViolationRules;
import vn.vigil.inspection.domain.ViolationRule;
import vn.vigil.inspection.domain.ViolationRuleRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class ViolationRulesImpl implements ViolationRules {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ViolationRuleRepository rules;

    @Inject
    CaseDeadlineClock clock;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ViolationRuleView> rules() {
        return rules.all().stream().map(ViolationRulesImpl::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ViolationRuleView inForce(ViolationRuleCode code, LocalDate day) {
        return view(ruleOn(code, day));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate due(ViolationRuleCode code, LocalDate start) {
        return clock.due(code, start);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ViolationRuleView supersede(ViolationRuleCommand c) {
        Instant now = Instant.now();
        if (c.amount() == null) {
            throw new DomainException("validation.required", "violationRule.amount");
        }
        ViolationRule successor =
                new ViolationRule(c.code(), c.amount(), c.unit(), c.legalBasis(), c.validFrom(), actor.username(), now);
        rules.latest(c.code()).ifPresent(previous -> {
            previous.supersededFrom(successor.validFrom(), actor.username(), now);
            rules.flush();
        });
        rules.add(successor);
        rules.flush();
        audit.record(AuditEvent.of(
                "VIOLATION_RULE_SUPERSEDED",
                "ViolationRule",
                successor.id(),
                c.code() + " " + successor.amount() + " " + successor.unit() + " " + successor.validFrom()));
        return view(successor);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public void withdraw(long id, long version) {
        ViolationRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("violationRule", id));
        if (rule.version() != version) {
            throw new ConflictException("violationRule");
        }
        if (!rule.validFrom().isAfter(LocalDate.now(VIETNAM))) {
            throw new DomainException("violationRule.alreadyInForce", rule.validFrom());
        }
        if (rules.latest(rule.code())
                .map(latest -> !latest.id().equals(rule.id()))
                .orElse(true)) {
            throw new DomainException("violationRule.notLatest", rule.code().field());
        }
        Instant now = Instant.now();
        var previous = rules.predecessor(rule.code(), rule.validFrom());
        // the withdrawn row goes first: the predecessor may only run on without end once it is gone
        rules.remove(rule);
        rules.flush();
        previous.ifPresent(p -> p.reopen(actor.username(), now));
        rules.flush();
        audit.record(AuditEvent.of(
                "VIOLATION_RULE_WITHDRAWN",
                "ViolationRule",
                id,
                rule.code() + " " + rule.amount() + " " + rule.unit() + " " + rule.validFrom()));
    }

    private ViolationRule ruleOn(ViolationRuleCode code, LocalDate day) {
        return rules.inForce(code, day)
                .orElseThrow(() -> new DomainException("violationRule.noneInForce", code.field(), day));
    }

    static ViolationRuleView view(ViolationRule r) {
        return new ViolationRuleView(
                r.id(), r.code(), r.amount(), r.unit(), r.legalBasis(), r.validFrom(), r.validUntil(), r.version());
    }
}
