package vn.vigil.victim.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.victim.api.CaseloadCounts;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.IdentityView;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.api.ReferralCommand;
import vn.vigil.victim.api.ReferralView;
import vn.vigil.victim.api.RevealPurpose;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.victim.domain.CaseReferral;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

@ApplicationScoped
@Guarded
@Transactional
public class VictimCasesImpl implements VictimCases {

    static final String ENTITY = "VictimCase";
    static final String IDENTITY_READ = "IDENTITY_READ";
    private static final int PURPOSE_NOTE_MAX = 200;

    @Inject
    VictimCaseRepository cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    CaseAccess access;

    @Inject
    CaseOpening opening;

    @Inject
    RefusalAudit refusals;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    StaffDirectory staff;

    protected VictimCasesImpl() {}

    public VictimCasesImpl(
            VictimCaseRepository cases,
            IdentityCipher cipher,
            CaseAccess access,
            CaseOpening opening,
            RefusalAudit refusals,
            AuditLog audit,
            CurrentActor actor,
            StaffDirectory staff) {
        this.cases = cases;
        this.cipher = cipher;
        this.access = access;
        this.opening = opening;
        this.refusals = refusals;
        this.audit = audit;
        this.actor = actor;
        this.staff = staff;
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    public Reception receive(ReceptionCommand command) {
        return opening.open(command, null);
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> possibleSameAs(IdentityEntry identity, Integer birthYear) {
        if (identity == null) {
            return List.of();
        }
        String name = Text.clean(identity.fullName());
        String idNumber = Text.clean(identity.idNumber());
        return cases.codesMatching(cipher.idNumberDigest(idNumber), cipher.nameDigest(name), birthYear);
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseloadRow> caseload(PageRequest page) {
        return cases.openCasesOf(actor.username(), VietnamDate.today(), page);
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseloadCounts caseloadCounts(int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays < 0");
        }
        return cases.countOpenCasesOf(actor.username(), VietnamDate.today(), dueSoonDays);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseloadRow> openCases(PageRequest page) {
        return cases.openCasesOf(null, VietnamDate.today(), page);
    }

    @Override
    @PermitAll
    public VictimCaseView find(long id) {
        VictimCase c = load(id);
        access.requireReadable(c, "VIEW");
        return CaseViews.of(c, cases, access);
    }

    @Override
    @PermitAll
    public VictimCaseView findByCode(String code) {
        String cleaned = VictimCase.normalCode(Text.required(code, "victims.caseCode", 20));
        VictimCase c = cases.findByCode(cleaned).orElseThrow(() -> new NotFoundException(ENTITY, cleaned));
        access.requireReadable(c, "VIEW");
        return CaseViews.of(c, cases, access);
    }

    @Override
    @PermitAll
    public IdentityView revealIdentity(long id, RevealPurpose purpose, String note) {
        VictimCase c = load(id);
        access.requireIdentityReader(c, IDENTITY_READ);
        if (purpose == null) {
            throw new DomainException("validation.required", "victims.purpose");
        }
        String cleanedNote = Text.maxLength(Text.clean(note), "victims.purposeNote", PURPOSE_NOTE_MAX);
        if (purpose == RevealPurpose.OTHER && cleanedNote == null) {
            throw new DomainException("victims.purposeNoteRequired");
        }
        Person person = cases.person(c.personId());
        IdentityEntry identity = person.identity(cipher);
        if (identity == null) {
            throw new DomainException("victims.noIdentityStored", c.code());
        }
        audit.record(AuditEvent.of(
                IDENTITY_READ, ENTITY, c.code(), purpose.name() + (cleanedNote == null ? "" : ": " + cleanedNote)));
        byte[] photo = person.photo(cipher);
        return new IdentityView(
                c.code(),
                identity.fullName(),
                identity.idNumber(),
                identity.address(),
                identity.phone(),
                photo == null
                        ? null
                        : "data:" + person.photoType() + ";base64,"
                                + Base64.getEncoder().encodeToString(photo));
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    public VictimCaseView attachPhoto(long id, byte[] content, String contentType) {
        VictimCase c = load(id);
        access.requireCaseWorker(c, "ATTACH_PHOTO");
        c.requireOpen();
        cases.person(c.personId()).attachPhoto(content, contentType, cipher);
        cases.flush();
        audit.record(AuditEvent.of("VICTIM_PHOTO_ATTACHED", ENTITY, c.code(), null));
        return CaseViews.of(c, cases, access);
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    public VictimCaseView recordVerification(long id, long version, VerificationCommand command) {
        VictimCase c = loadForCaseWorker(id, version, "VERIFY");
        c.recordVerification(Requests.required(command));
        cases.flush();
        audit.record(AuditEvent.of(
                "VICTIM_CASE_VERIFIED", ENTITY, c.code(), c.personStatus().name()));
        return CaseViews.of(c, cases, access);
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    public ReferralView refer(long id, ReferralCommand command) {
        VictimCase c = load(id);
        access.requireCaseWorker(c, "REFER");
        if (command != null && !command.consentGiven()) {
            refusals.refused(c.code(), "REFER_WITHOUT_CONSENT");
        }
        CaseReferral referral = new CaseReferral(c, Requests.required(command), actor.username(), VietnamDate.today());
        cases.add(referral);
        audit.record(AuditEvent.of("VICTIM_CASE_REFERRED", ENTITY, c.code(), referral.referredTo()));
        return view(referral);
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferralView> referrals(long id) {
        VictimCase c = load(id);
        access.requireReadable(c, "VIEW_REFERRALS");
        return cases.referralsOf(id).stream().map(VictimCasesImpl::view).toList();
    }

    @Override
    @RolesAllowed(Role.Names.CASE_WORKER)
    public VictimCaseView close(long id, long version, ClosureCommand command) {
        VictimCase c = loadForCaseWorker(id, version, "CLOSE");
        c.close(Requests.required(command));
        cases.flush();
        audit.record(AuditEvent.of("VICTIM_CASE_CLOSED", ENTITY, c.code(), null));
        return CaseViews.of(c, cases, access);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public VictimCaseView reassign(long id, long version, String caseWorker) {
        VictimCase c = load(id);
        requireVersion(c, version);
        String username = Text.required(caseWorker, "victims.caseWorker", 64);
        boolean isCaseWorker = staff.findByUsername(username)
                .filter(s -> s.enabled() && s.holds(Role.CASE_WORKER))
                .isPresent();
        if (!isCaseWorker) {
            throw new DomainException("victims.notACaseWorker", username);
        }
        String previous = c.caseWorker();
        c.reassignTo(username);
        cases.flush();
        audit.record(AuditEvent.of("VICTIM_CASE_REASSIGNED", ENTITY, c.code(), previous + " -> " + username));
        return CaseViews.of(c, cases, access);
    }

    private VictimCase loadForCaseWorker(long id, long version, String attempt) {
        VictimCase c = load(id);
        access.requireCaseWorker(c, attempt);
        requireVersion(c, version);
        return c;
    }

    private VictimCase load(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static void requireVersion(VictimCase c, long version) {
        if (c.version() != version) {
            throw new ConflictException(c.code());
        }
    }

    private static ReferralView view(CaseReferral r) {
        return new ReferralView(r.id(), r.referredTo(), r.referredOn(), r.note(), r.createdBy());
    }
}
