package vn.vigil.reporting.api;

/** The administrator's small-count threshold: victim counts from 1 to {@code threshold - 1} are hidden. */
public interface SmallCountSetting {

    /** The smallest and largest threshold an administrator may set. */
    int LOWEST = 1;

    int HIGHEST = 20;

    record Threshold(int value, long version) {}

    Threshold threshold();

    /**
     * @throws vn.vigil.core.api.DomainException {@code reporting.threshold.invalid} outside {@link #LOWEST}–{@link
     *     #HIGHEST}
     * @throws vn.vigil.core.api.ConflictException when someone changed it since {@code version}
     */
    Threshold change(int threshold, long version);
}
