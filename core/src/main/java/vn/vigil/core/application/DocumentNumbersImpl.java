package vn.vigil.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.document.DocumentNumbers;
import vn.vigil.core.api.document.IssuedNumber;
import vn.vigil.core.api.document.NumberRequest;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.domain.DocumentNumberRepository;
import vn.vigil.core.domain.DocumentSequence;

/** Joins the caller's transaction, so the number and the document it numbers commit or roll back together. */
@ApplicationScoped
@Transactional
@Guarded
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class DocumentNumbersImpl implements DocumentNumbers {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DocumentNumberRepository numbers;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    private Clock clock = Clock.system(VIETNAM);

    protected DocumentNumbersImpl() {}

    public DocumentNumbersImpl(DocumentNumberRepository numbers, CurrentActor actor, AuditLog audit, Clock clock) {
        this.numbers = numbers;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedNumber issue(NumberRequest request) {
        if (request == null) {
            throw new DomainException("validation.required", "request");
        }
        LocalDate issuedOn = request.issuedOn() != null ? request.issuedOn() : LocalDate.now(clock);
        DocumentSequence sequence = new DocumentSequence(request.issuerCode(), request.kind(), issuedOn.getYear());
        String symbol = numbers.symbolFor(sequence.kind(), sequence.issuerCode())
                .orElseThrow(() -> new DomainException("documents.noSymbol", sequence.kind()));
        String referenceType = Text.required(request.referenceType(), "referenceType", 60);
        String referenceId = Text.required(request.referenceId(), "referenceId", 60);
        int next = numbers.nextInSequence(sequence);
        DocumentNumber issued = numbers.add(new DocumentNumber(
                sequence, next, symbol, clock.instant(), actor.username(), referenceType, referenceId));
        audit.record(AuditEvent.of(
                "DOCUMENT_NUMBER_ISSUED",
                referenceType,
                referenceId,
                issued.numberText() + " " + sequence.issuerCode() + " " + sequence.year()));
        return view(issued);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedNumber> numbersFor(String referenceType, String referenceId) {
        return numbers.byReference(referenceType, referenceId).stream()
                .map(DocumentNumbersImpl::view)
                .toList();
    }

    private static IssuedNumber view(DocumentNumber n) {
        return new IssuedNumber(
                n.id(),
                n.kind(),
                n.issuerCode(),
                n.year(),
                n.seq(),
                n.symbol(),
                n.numberText(),
                n.issuedAt(),
                n.issuedBy(),
                n.referenceType(),
                n.referenceId());
    }
}
