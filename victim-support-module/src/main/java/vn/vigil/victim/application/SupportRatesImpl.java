package vn.vigil.victim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportRates;
import vn.vigil.victim.domain.RateRepository;
import vn.vigil.victim.domain.SupportRate;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class SupportRatesImpl implements SupportRates {

    @Inject
    RateRepository rates;

    @Inject
    AuditLog audit;

    @Inject
    RefusalLog refusals;

    @Override
    @RolesAllowed({Role.Names.CASE_WORKER, Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RateView> rates() {
        return rates.all().stream().map(SupportRatesImpl::view).toList();
    }

    @Override
    @RolesAllowed({Role.Names.CASE_WORKER, Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RateView> inForce(String supportType, LocalDate on) {
        return rates.inForce(supportType, on == null ? Today.inVietnam() : on).stream()
                .map(SupportRatesImpl::view)
                .toList();
    }

    @Override
    public RateView createRate(RateCommand command) {
        return Refusable.attempt(refusals, "SUPPORT_RATE_CREATION", "SupportRate", null, () -> {
            SupportRate rate = new SupportRate(required(command));
            requireNoOverlap(rate.supportType(), rate.item(), rate.validFrom(), rate.validUntil(), null);
            rates.add(rate);
            rates.flush();
            audit.record(AuditEvent.of("SUPPORT_RATE_CREATED", "SupportRate", rate.id(), describe(rate)));
            return view(rate);
        });
    }

    @Override
    public RateView reviseRate(long id, long version, RateCommand command) {
        return Refusable.attempt(refusals, "SUPPORT_RATE_REVISION", "SupportRate", id, () -> {
            SupportRate rate = rates.find(id).orElseThrow(() -> new NotFoundException("SupportRate", id));
            if (rate.version() != version) {
                throw new ConflictException("SupportRate");
            }
            RateCommand c = required(command);
            if (c.validFrom() != null) {
                // checked before the change, so the database's exclusion constraint is never what refuses it
                requireNoOverlap(rate.supportType(), rate.item(), c.validFrom(), c.validUntil(), id);
            }
            rate.revise(c);
            rates.flush();
            audit.record(AuditEvent.of("SUPPORT_RATE_REVISED", "SupportRate", id, describe(rate)));
            return view(rate);
        });
    }

    private void requireNoOverlap(String type, String item, LocalDate from, LocalDate until, Long exceptId) {
        if (rates.overlaps(type, item, from, until, exceptId)) {
            throw new DomainException("funds.rate.overlaps", item);
        }
    }

    private static String describe(SupportRate r) {
        return r.supportType() + " " + r.item() + " " + r.amount() + " " + r.unit() + " from " + r.validFrom();
    }

    private static <T> T required(T command) {
        if (command == null) {
            throw new DomainException("validation.required", "funds.body");
        }
        return command;
    }

    static RateView view(SupportRate r) {
        return new RateView(
                r.id(),
                r.version(),
                r.supportType(),
                r.item(),
                r.nameVi(),
                r.nameEn(),
                r.unit(),
                r.amount(),
                r.maxUnits(),
                r.validFrom(),
                r.validUntil());
    }
}
