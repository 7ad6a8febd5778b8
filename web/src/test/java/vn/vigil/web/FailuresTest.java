package vn.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void findsAUniqueViolationDeepInTheCauses() {
        Throwable failure = new RuntimeException(
                "commit failed", new IllegalStateException("flush", new SQLException("duplicate key", "23505")));

        assertThat(Failures.isUniqueViolation(failure)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotDuplicates() {
        Throwable checkViolation = new RuntimeException(new SQLException("violates check", "23514"));

        assertThat(Failures.isUniqueViolation(checkViolation)).isFalse();
        assertThat(Failures.isUniqueViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
    }

    @Test
    void anExclusionViolationIsADoubleBookingNotADuplicate() {
        Throwable failure = new RuntimeException(
                "commit failed", new SQLException("conflicting key value violates exclusion constraint", "23P01"));

        assertThat(Failures.isDoubleBooking(failure)).isTrue();
        assertThat(Failures.isUniqueViolation(failure)).isFalse();
        assertThat(Failures.isDoubleBooking(new RuntimeException(new SQLException("duplicate", "23505"))))
                .isFalse();
    }
}
