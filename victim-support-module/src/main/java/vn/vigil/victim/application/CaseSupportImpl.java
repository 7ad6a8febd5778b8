package vn.vigil.victim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.CaseFacts;
import vn.vigil.victim.api.CaseSupport;
import vn.vigil.victim.api.CaseSupportView;
import vn.vigil.victim.api.ExtensionCommand;
import vn.vigil.victim.api.ExtensionView;
import vn.vigil.victim.api.NeedsAssessmentCommand;
import vn.vigil.victim.api.NeedsAssessmentView;
import vn.vigil.victim.api.SupportEligibility;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.victim.domain.CaseFactsRepository;
import vn.vigil.victim.domain.Eligibility;
import vn.vigil.victim.domain.EssentialNeedsDays;
import vn.vigil.victim.domain.EssentialNeedsExtension;
import vn.vigil.victim.domain.NeedsAssessment;
import vn.vigil.victim.domain.NeedsRepository;
import vn.vigil.victim.domain.SupportRequest;
import vn.vigil.victim.domain.SupportRequestRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.CASE_WORKER)
public class CaseSupportImpl implements CaseSupport {

    static final String ESSENTIAL_NEEDS = "a";

    @Inject
    CaseFactsRepository cases;

    @Inject
    NeedsRepository needs;

    @Inject
    SupportRequestRepository requests;

    @Inject
    SupportTerms terms;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    RefusalLog refusals;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseSupportView caseSupport(long caseId) {
        CaseFacts facts = ownCase(caseId);
        Map<String, SupportEligibility> eligibility = new LinkedHashMap<>();
        Eligibility.TYPES.forEach(t -> eligibility.put(t, Eligibility.of(facts, t)));
        List<EssentialNeedsExtension> extensions = needs.extensions(caseId);
        return new CaseSupportView(
                facts,
                eligibility,
                needs.assessments(caseId).stream().map(CaseSupportImpl::view).toList(),
                extensions.stream().map(CaseSupportImpl::view).toList(),
                EssentialNeedsDays.covered(requests.essentialPeriods(caseId)),
                essentialDaysAllowed(extensions),
                requests.ofCase(caseId));
    }

    @Override
    public NeedsAssessmentView assessNeeds(long caseId, NeedsAssessmentCommand command) {
        return Refusable.attempt(refusals, "NEEDS_ASSESSMENT", "VictimCase", caseId, () -> {
            CaseFacts facts = openOwnCase(caseId);
            NeedsAssessmentCommand c = required(command);
            NeedsAssessment assessment = needs.add(new NeedsAssessment(
                    caseId, c.assessedOn(), Today.inVietnam(), actor.username(), c.needs(), c.notes()));
            needs.flush();
            audit.record(
                    AuditEvent.of("NEEDS_ASSESSED", "VictimCase", caseId, facts.code() + " " + assessment.needs()));
            return view(assessment);
        });
    }

    @Override
    public ExtensionView recordExtension(long caseId, ExtensionCommand command) {
        return Refusable.attempt(refusals, "ESSENTIAL_NEEDS_EXTENSION", "VictimCase", caseId, () -> {
            CaseFacts facts = openOwnCase(caseId);
            ExtensionCommand c = required(command);
            EssentialNeedsExtension extension = needs.add(new EssentialNeedsExtension(
                    caseId,
                    c.extraDays(),
                    c.reason(),
                    c.approvedBy(),
                    c.approvedOn(),
                    actor.username(),
                    Instant.now()));
            needs.flush();
            audit.record(AuditEvent.of(
                    "ESSENTIAL_NEEDS_EXTENDED",
                    "VictimCase",
                    caseId,
                    facts.code() + " +" + extension.extraDays() + " days"));
            return view(extension);
        });
    }

    @Override
    public SupportRequestView requestSupport(SupportRequestCommand command) {
        Long caseId = command == null ? null : command.caseId();
        return Refusable.attempt(refusals, "SUPPORT_REQUEST", "VictimCase", caseId, () -> {
            SupportRequestCommand c = required(command);
            if (c.caseId() == null) {
                throw new DomainException("validation.required", "funds.caseId");
            }
            CaseFacts facts = openOwnCase(c.caseId());
            SupportRequest.Terms checked = terms.check(facts, c);
            if (ESSENTIAL_NEEDS.equals(checked.supportType()) && checked.periodFrom() != null) {
                requireDaysLeft(facts.caseId(), checked);
            }
            SupportRequest request = requests.add(new SupportRequest(checked, actor.username(), Today.inVietnam()));
            requests.flush();
            audit.record(AuditEvent.of(
                    "SUPPORT_REQUESTED",
                    "SupportRequest",
                    request.id(),
                    facts.code() + " " + checked.supportType() + " " + checked.amount()
                            + (checked.caseByCase() ? " case-by-case" : "")));
            return requests.view(request.id()).orElseThrow();
        });
    }

    @Override
    public SupportRequestView withdraw(long requestId, long version, String reason) {
        return Refusable.attempt(refusals, "SUPPORT_WITHDRAWAL", "SupportRequest", requestId, () -> {
            SupportRequest request =
                    requests.find(requestId).orElseThrow(() -> new NotFoundException("SupportRequest", requestId));
            ownCase(request.caseId());
            if (request.version() != version) {
                throw new ConflictException("SupportRequest");
            }
            request.withdraw(actor.username(), reason);
            requests.flush();
            audit.record(AuditEvent.of("SUPPORT_WITHDRAWN", "SupportRequest", requestId, request.cancelReason()));
            return requests.view(requestId).orElseThrow();
        });
    }

    private void requireDaysLeft(long caseId, SupportRequest.Terms checked) {
        List<EssentialNeedsDays.Period> periods = requests.essentialPeriods(caseId);
        int allowed = essentialDaysAllowed(needs.extensions(caseId));
        int used = EssentialNeedsDays.covered(periods);
        int after = EssentialNeedsDays.coveredWith(
                periods, new EssentialNeedsDays.Period(checked.periodFrom(), checked.periodUntil()));
        if (after > allowed) {
            throw new DomainException("funds.request.daysExceeded", allowed, used);
        }
    }

    private int essentialDaysAllowed(List<EssentialNeedsExtension> extensions) {
        return requests.essentialNeedsMaxDays()
                + extensions.stream()
                        .mapToInt(EssentialNeedsExtension::extraDays)
                        .sum();
    }

    private CaseFacts openOwnCase(long caseId) {
        CaseFacts facts = ownCase(caseId);
        if (!facts.open()) {
            throw new DomainException("funds.case.closed", facts.code());
        }
        return facts;
    }

    /** Only the case's own case worker plans its support. */
    private CaseFacts ownCase(long caseId) {
        CaseFacts facts = cases.find(caseId).orElseThrow(() -> new NotFoundException("VictimCase", caseId));
        if (!facts.caseWorker().equals(actor.username())) {
            throw new AccessDeniedException();
        }
        return facts;
    }

    private static <T> T required(T command) {
        if (command == null) {
            throw new DomainException("validation.required", "funds.body");
        }
        return command;
    }

    static NeedsAssessmentView view(NeedsAssessment a) {
        return new NeedsAssessmentView(a.id(), a.assessedOn(), a.assessor(), a.needs(), a.notes());
    }

    static ExtensionView view(EssentialNeedsExtension e) {
        return new ExtensionView(e.id(), e.extraDays(), e.reason(), e.approvedBy(), e.approvedOn());
    }
}
