package vn.vigil.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.calendar.HolidayCommand;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.core.domain.Holiday;
import vn.vigil.core.domain.HolidayRepository;
import vn.vigil.core.domain.WorkingDays;

@ApplicationScoped
@Transactional
@Guarded
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class WorkingCalendarImpl implements WorkingCalendar {

    /** Holidays are read for a window around the dates asked about; legal periods are at most a few months. */
    private static final int WINDOW_YEARS = 2;

    @Inject
    HolidayRepository holidays;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isWorkingDay(LocalDate day) {
        return rules(day, day).isWorkingDay(day);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return rules(start, start).add(start, workingDays);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules(from, to).between(from, to);
    }

    private WorkingDays rules(LocalDate a, LocalDate b) {
        LocalDate from = (a.isBefore(b) ? a : b).minusYears(WINDOW_YEARS);
        LocalDate to = (a.isBefore(b) ? b : a).plusYears(WINDOW_YEARS);
        Map<LocalDate, HolidayKind> exceptions = new HashMap<>();
        holidays.between(from, to).forEach(h -> exceptions.put(h.day(), h.kind()));
        return new WorkingDays(exceptions);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HolidayView> holidays(int year) {
        return holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(WorkingCalendarImpl::view)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HolidayView> findHoliday(long id) {
        return holidays.find(id).map(WorkingCalendarImpl::view);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public HolidayView addHoliday(HolidayCommand command) {
        if (command.day() != null && holidays.findByDay(command.day()).isPresent()) {
            throw new DomainException("holiday.dayTaken", command.day());
        }
        Holiday holiday = holidays.add(new Holiday(command.day(), command.name(), command.kind()));
        audit.record(AuditEvent.of("HOLIDAY_ADDED", "Holiday", holiday.id(), holiday.day() + " " + holiday.kind()));
        return view(holiday);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public HolidayView updateHoliday(long id, long version, HolidayCommand command) {
        Holiday holiday = holidays.find(id).orElseThrow(() -> new NotFoundException("Holiday", id));
        if (holiday.version() != version) {
            throw new ConflictException("Holiday");
        }
        holidays.findByDay(command.day())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new DomainException("holiday.dayTaken", command.day());
                });
        holiday.describe(command.day(), command.name(), command.kind());
        holidays.flush();
        audit.record(AuditEvent.of("HOLIDAY_UPDATED", "Holiday", id, holiday.day() + " " + holiday.kind()));
        return view(holiday);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public void removeHoliday(long id) {
        Holiday holiday = holidays.find(id).orElseThrow(() -> new NotFoundException("Holiday", id));
        holidays.remove(holiday);
        audit.record(
                AuditEvent.of("HOLIDAY_REMOVED", "Holiday", id, holiday.day().toString()));
    }

    private static HolidayView view(Holiday h) {
        return new HolidayView(h.id(), h.day(), h.name(), h.kind(), h.version());
    }
}
