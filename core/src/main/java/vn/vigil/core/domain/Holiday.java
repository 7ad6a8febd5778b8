package vn.vigil.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.calendar.HolidayKind;

/** A day that is not a working day although it is a weekday, or a weekend day that is worked. */
@Entity
@Table(name = "holiday", schema = "core")
@EntityListeners(AuditFieldsListener.class)
public class Holiday implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private LocalDate day;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HolidayKind kind;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Holiday() {}

    public Holiday(LocalDate day, String name, HolidayKind kind) {
        describe(day, name, kind);
    }

    public void describe(LocalDate day, String name, HolidayKind kind) {
        if (day == null) {
            throw new DomainException("validation.required", "day");
        }
        if (kind == null) {
            throw new DomainException("validation.required", "kind");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == HolidayKind.MAKE_UP_WORKING_DAY && !weekend) {
            throw new DomainException("holiday.makeUpNotWeekend");
        }
        this.day = day;
        this.name = Text.required(name, "name", 160);
        this.kind = kind;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }

    public HolidayKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
