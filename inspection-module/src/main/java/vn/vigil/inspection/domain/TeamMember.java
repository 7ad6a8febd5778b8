package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person on a team and the department they represent on it. */
@Embeddable
public class TeamMember {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    protected TeamMember() {}

    TeamMember(long userId, long departmentId) {
        this.userId = userId;
        this.departmentId = departmentId;
    }

    public long userId() {
        return userId;
    }

    public long departmentId() {
        return departmentId;
    }

    public Seat seat() {
        return new Seat(userId, departmentId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember m && m.userId == userId && m.departmentId == departmentId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, departmentId);
    }
}
