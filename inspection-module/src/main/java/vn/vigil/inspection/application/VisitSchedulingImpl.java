package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitCommand;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitScheduling;
import vn.vigil.inspection.api.VisitView;
import vn.vigil.inspection.domain.Booking;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanRepository;
import vn.vigil.inspection.domain.Seat;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.TeamRepository;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitPeriod;
import vn.vigil.inspection.domain.VisitRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class VisitSchedulingImpl implements VisitScheduling {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    VisitRepository visits;

    @Inject
    TeamRepository teams;

    @Inject
    Establishments establishments;

    @Inject
    PlanRepository plans;

    @Inject
    StaffDirectory staff;

    @Inject
    VisitDirectory directory;

    @Inject
    AuditLog audit;

    @Override
    public VisitView scheduleVisit(VisitCommand command) {
        VisitCommand c = required(command);
        VisitPeriod period = period(c.start(), c.end());
        Establishment establishment = establishments
                .find(c.establishmentId())
                .orElseThrow(() -> new NotFoundException("establishment", c.establishmentId()));
        if (establishment.status() != EstablishmentStatus.OPERATING) {
            throw new DomainException("visit.establishmentNotOperating", establishment.name());
        }
        Team team = teams.find(c.teamId()).orElseThrow(() -> new NotFoundException("team", c.teamId()));
        team.requireActive();
        if (c.planId() != null) {
            requirePlanCovers(c.planId(), establishment, period);
        }
        requireFree(establishment, team.seats(), period, null);
        Visit visit = visits.add(new Visit(
                establishment.id(), establishment.communeId(), team.id(), c.planId(), c.kind(), period, team.seats()));
        visits.flushCheckingBookings();
        audit.record(AuditEvent.of("VISIT_SCHEDULED", "Visit", visit.id(), establishment.name() + " " + when(period)));
        return directory.visit(visit.id());
    }

    @Override
    public VisitView reschedule(long visitId, long version, LocalDateTime start, LocalDateTime end) {
        Visit visit = loaded(visitId, version);
        VisitPeriod period = period(start, end);
        Establishment establishment =
                establishments.find(visit.establishmentId()).orElseThrow();
        if (visit.planId() != null) {
            requirePlanCovers(visit.planId(), establishment, period);
        }
        List<Seat> seats = visit.members().stream()
                .map(m -> new Seat(m.userId(), m.departmentId()))
                .toList();
        requireFree(establishment, seats, period, visitId);
        visit.reschedule(period);
        visits.flushCheckingBookings();
        audit.record(AuditEvent.of("VISIT_RESCHEDULED", "Visit", visitId, when(period)));
        return directory.visit(visitId);
    }

    @Override
    public VisitView cancel(long visitId, long version, String reason) {
        Visit visit = loaded(visitId, version);
        visit.cancel(reason);
        visits.flushCheckingBookings();
        audit.record(AuditEvent.of("VISIT_CANCELLED", "Visit", visitId, visit.cancelReason()));
        return directory.visit(visitId);
    }

    private static VisitCommand required(VisitCommand command) {
        if (command == null) {
            throw new DomainException("validation.required", "body");
        }
        if (command.establishmentId() == null) {
            throw new DomainException("validation.required", "visit.establishment");
        }
        if (command.teamId() == null) {
            throw new DomainException("validation.required", "visit.team");
        }
        if (command.kind() == null) {
            throw new DomainException("validation.required", "visit.kind");
        }
        return command;
    }

    static VisitPeriod period(LocalDateTime start, LocalDateTime end) {
        return new VisitPeriod(VietnamTime.instant(start), VietnamTime.instant(end));
    }

    /** An approved plan, the visit's day inside its period, and the establishment among its targets. */
    private void requirePlanCovers(long planId, Establishment establishment, VisitPeriod period) {
        InspectionPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (plan.status() != PlanStatus.APPROVED) {
            throw new DomainException("visit.planNotApproved", plan.number());
        }
        LocalDate first = VietnamTime.local(period.startsAt()).toLocalDate();
        LocalDate last = VietnamTime.local(period.endsAt()).toLocalDate();
        if (first.isBefore(plan.periodFrom()) || last.isAfter(plan.periodUntil())) {
            throw new DomainException(
                    "visit.outsidePlanPeriod",
                    plan.number(),
                    DAY.format(plan.periodFrom()),
                    DAY.format(plan.periodUntil()));
        }
        if (!visits.isPlanTarget(planId, establishment.id())) {
            throw new DomainException("visit.notPlanTarget", establishment.name(), plan.number());
        }
    }

    /** Refuses, naming who or what and when, a period that overlaps a visit already booked. */
    private void requireFree(Establishment establishment, List<Seat> seats, VisitPeriod period, Long self) {
        visits.bookingOfEstablishment(establishment.id(), period, self).ifPresent(b -> {
            throw new DomainException("visit.establishmentBooked", establishment.name(), clock(b), day(b));
        });
        List<Booking> taken =
                visits.bookingsOfPeople(seats.stream().map(Seat::userId).toList(), period, self);
        if (!taken.isEmpty()) {
            Booking first = taken.get(0);
            String name = staff.find(List.of(first.userId())).stream()
                    .map(StaffMember::fullName)
                    .findFirst()
                    .orElse("#" + first.userId());
            throw new DomainException("visit.memberBooked", name, clock(first), day(first));
        }
    }

    private Visit loaded(long id, long version) {
        Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("visit", id));
        if (visit.version() != version) {
            throw new ConflictException("visit");
        }
        return visit;
    }

    private static String clock(Booking booking) {
        return CLOCK.format(VietnamTime.local(booking.period().startsAt())) + "–"
                + CLOCK.format(VietnamTime.local(booking.period().endsAt()));
    }

    private static String day(Booking booking) {
        return DAY.format(VietnamTime.local(booking.period().startsAt()));
    }

    private static String when(VisitPeriod period) {
        return VietnamTime.local(period.startsAt()) + "/" + VietnamTime.local(period.endsAt());
    }
}
