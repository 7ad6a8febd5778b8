package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A person going on a visit, with the department they represent and the visit's period copied, so the database
 * itself refuses to book one person on two overlapping visits.
 */
@Embeddable
public class VisitMember {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean active;

    protected VisitMember() {}

    VisitMember(long userId, long departmentId, VisitPeriod period) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.startsAt = period.startsAt();
        this.endsAt = period.endsAt();
        this.active = true;
    }

    void moveTo(VisitPeriod period) {
        this.startsAt = period.startsAt();
        this.endsAt = period.endsAt();
    }

    void release() {
        this.active = false;
    }

    public long userId() {
        return userId;
    }

    public long departmentId() {
        return departmentId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitMember m && m.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId);
    }
}
