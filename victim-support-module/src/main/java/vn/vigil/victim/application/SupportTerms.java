package vn.vigil.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.CaseFacts;
import vn.vigil.victim.api.RateUnit;
import vn.vigil.victim.api.SupportEligibility;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.domain.Eligibility;
import vn.vigil.victim.domain.RateRepository;
import vn.vigil.victim.domain.SupportRate;
import vn.vigil.victim.domain.SupportRequest;

/**
 * Checks what a case worker asks against the person's eligibility and the provincial rates in force on the first
 * day of support: a type the person may not receive, a rate not in force, or an amount above rate × quantity is
 * refused. Where no rate is in force for a type (medical bills, for instance) the actual cost is asked.
 */
@ApplicationScoped
public class SupportTerms {

    @Inject
    RateRepository rates;

    protected SupportTerms() {}

    public SupportTerms(RateRepository rates) {
        this.rates = rates;
    }

    public SupportRequest.Terms check(CaseFacts facts, SupportRequestCommand c) {
        String type = Text.required(c.supportType(), "funds.supportType", 2);
        if (!Eligibility.TYPES.contains(type)) {
            throw new DomainException("funds.unknownType", type);
        }
        SupportEligibility eligibility = Eligibility.of(facts, type);
        if (eligibility == SupportEligibility.NOT_ALLOWED) {
            throw new DomainException("funds.request.notEligible", type);
        }
        if (c.periodFrom() != null && c.periodUntil() != null && c.periodUntil().isBefore(c.periodFrom())) {
            throw new DomainException("funds.request.periodInvalid");
        }
        if (c.amount() == null) {
            throw new DomainException("validation.required", "funds.amount");
        }
        LocalDate firstDay = c.periodFrom() != null ? c.periodFrom() : Today.inVietnam();
        SupportRate rate = rateFor(type, c.rateId(), firstDay);
        boolean daily = rate == null || rate.unit() != RateUnit.ONE_OFF;
        if (CaseSupportImpl.ESSENTIAL_NEEDS.equals(type)
                && daily
                && (c.periodFrom() == null || c.periodUntil() == null)) {
            throw new DomainException("funds.request.periodRequired");
        }
        int quantity = rate != null ? rate.quantity(c.periodFrom(), c.periodUntil(), c.quantity()) : plainQuantity(c);
        Money amount = Money.ofDong(c.amount());
        if (rate != null && amount.isGreaterThan(rate.ceiling(quantity))) {
            throw new DomainException(
                    "funds.request.aboveRate", rate.ceiling(quantity).dong(), rate.amount(), quantity);
        }
        return new SupportRequest.Terms(
                facts.caseId(),
                type,
                rate == null ? null : rate.id(),
                quantity,
                c.periodFrom(),
                c.periodUntil(),
                amount,
                eligibility == SupportEligibility.CASE_BY_CASE,
                c.justification(),
                c.purpose());
    }

    /** The named rate, which must be in force for the type; a rate must be named when any is in force. */
    private SupportRate rateFor(String type, Long rateId, LocalDate on) {
        List<SupportRate> inForce = rates.inForce(type, on);
        if (rateId == null) {
            if (!inForce.isEmpty()) {
                throw new DomainException("funds.request.rateRequired", type);
            }
            return null;
        }
        return inForce.stream()
                .filter(r -> r.id().equals(rateId))
                .findFirst()
                .orElseThrow(() -> new DomainException("funds.rate.notInForce", on));
    }

    private static int plainQuantity(SupportRequestCommand c) {
        if (c.quantity() != null && c.quantity() <= 0) {
            throw new DomainException("funds.request.quantityRequired");
        }
        return c.quantity() == null ? 1 : c.quantity();
    }
}
