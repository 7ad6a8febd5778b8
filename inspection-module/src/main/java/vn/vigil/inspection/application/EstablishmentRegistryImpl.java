package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.inspection.api.EstablishmentCommand;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.inspection.api.PossibleDuplicate;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.BusinessLines;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.EstablishmentDetails;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.RiskAssessment;
import vn.vigil.inspection.domain.RiskScoring;
import vn.vigil.inspection.domain.RiskWeights;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class EstablishmentRegistryImpl implements EstablishmentRegistry {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Establishments establishments;

    @Inject
    BusinessLines businessLines;

    @Inject
    RiskWeights riskWeights;

    @Inject
    AdminUnitService units;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.COMMITTEE_VIEWER,
        Role.Names.ADMIN
    })
    public EstablishmentView find(long id) {
        Establishment establishment = load(id);
        return view(establishment, line(establishment.businessLineId()), assess(establishment));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.CASE_WORKER,
        Role.Names.COMMITTEE_VIEWER,
        Role.Names.ADMIN
    })
    public Map<Long, String> names(Collection<Long> ids) {
        return establishments.namesOf(ids);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PossibleDuplicate> findPossibleDuplicates(EstablishmentCommand candidate, Long excludingId) {
        EstablishmentDetails details = EstablishmentDetails.of(candidate);
        return establishments
                .possibleDuplicates(
                        details.registrationNo(), Text.fold(details.name()), Text.fold(details.address()), excludingId)
                .stream()
                .map(e -> new PossibleDuplicate(
                        e.id(),
                        e.name(),
                        e.registrationNo(),
                        e.details().address(),
                        e.status(),
                        e.registrationNo() != null && e.registrationNo().equals(details.registrationNo())))
                .toList();
    }

    @Override
    public EstablishmentView registerEstablishment(EstablishmentCommand command, boolean duplicateConfirmed) {
        EstablishmentDetails details = checked(command, null, duplicateConfirmed);
        Establishment establishment = new Establishment(details);
        establishment.locate(command.latitude(), command.longitude());
        establishment.scoreRisk(assess(establishment).score());
        establishments.add(establishment);
        return saved("ESTABLISHMENT_REGISTERED", establishment);
    }

    @Override
    public EstablishmentView correctEstablishment(
            long id, long version, EstablishmentCommand command, boolean duplicateConfirmed) {
        Establishment establishment = loadAt(id, version);
        EstablishmentDetails details = checked(command, establishment, duplicateConfirmed);
        establishment.describe(details);
        establishment.locate(command.latitude(), command.longitude());
        return saved("ESTABLISHMENT_CORRECTED", establishment);
    }

    @Override
    public EstablishmentView changeStatus(long id, long version, EstablishmentStatus status, String reason) {
        Establishment establishment = loadAt(id, version);
        establishment.changeStatus(status, reason);
        return saved("ESTABLISHMENT_STATUS_CHANGED", establishment);
    }

    /** Validates the command against the registry: line, commune, registration number, name + address. */
    private EstablishmentDetails checked(EstablishmentCommand command, Establishment self, boolean duplicateConfirmed) {
        EstablishmentDetails details = EstablishmentDetails.of(command);
        BusinessLine line = line(details.businessLineId());
        boolean lineChanged = self == null || !line.id().equals(self.businessLineId());
        if (lineChanged && !line.active()) {
            throw new DomainException("establishment.businessLineInactive", line.code());
        }
        boolean communeChanged = self == null || !details.communeId().equals(self.communeId());
        if (communeChanged) {
            requireCommuneInForce(details.communeId());
        }
        List<PossibleDuplicate> duplicates = findPossibleDuplicates(command, self == null ? null : self.id());
        duplicates.stream()
                .filter(PossibleDuplicate::sameRegistrationNo)
                .findFirst()
                .ifPresent(d -> {
                    throw new DomainException("establishment.registrationTaken", d.registrationNo(), d.name());
                });
        if (!duplicates.isEmpty() && !duplicateConfirmed) {
            throw new DomainException(
                    "establishment.possibleDuplicate", duplicates.get(0).name());
        }
        return details;
    }

    private void requireCommuneInForce(long communeId) {
        AdminUnitView commune =
                units.find(communeId).orElseThrow(() -> new DomainException("establishment.communeUnknown", communeId));
        if (commune.level() != UnitLevel.COMMUNE || !commune.isValidOn(today())) {
            throw new DomainException("establishment.communeNotInForce", commune.name());
        }
    }

    private EstablishmentView saved(String action, Establishment establishment) {
        RiskAssessment risk = assess(establishment);
        establishment.scoreRisk(risk.score());
        establishments.flush();
        audit.record(AuditEvent.of(
                action,
                "Establishment",
                establishment.id(),
                establishment.status().name()));
        return view(establishment, line(establishment.businessLineId()), risk);
    }

    private RiskAssessment assess(Establishment establishment) {
        RiskScoring scoring =
                new RiskScoring(riskWeights.list().stream().map(w -> w.view()).toList());
        return scoring.assess(
                establishment.riskInputs(line(establishment.businessLineId()).riskWeight()), today());
    }

    private Establishment load(long id) {
        return establishments.find(id).orElseThrow(() -> new NotFoundException("Establishment", id));
    }

    private Establishment loadAt(long id, long version) {
        Establishment establishment = load(id);
        if (establishment.version() != version) {
            throw new ConflictException("Establishment");
        }
        return establishment;
    }

    private BusinessLine line(long id) {
        return businessLines.find(id).orElseThrow(() -> new DomainException("establishment.businessLineUnknown", id));
    }

    private EstablishmentView view(Establishment e, BusinessLine line, RiskAssessment risk) {
        EstablishmentDetails d = e.details();
        String communeName = units.namesOf(List.of(d.communeId())).get(d.communeId());
        return new EstablishmentView(
                e.id(),
                d.name(),
                line.id(),
                line.nameVi(),
                line.nameEn(),
                d.registrationNo(),
                d.licenceValidFrom(),
                d.licenceValidUntil(),
                d.ownerName(),
                d.legalRepresentative(),
                d.phone(),
                d.address(),
                d.communeId(),
                communeName,
                e.latitude(),
                e.longitude(),
                e.status(),
                e.statusReason(),
                e.lastInspectedOn(),
                risk.score(),
                risk.score() >= Establishment.HIGH_RISK,
                risk.contributions(),
                e.version());
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
