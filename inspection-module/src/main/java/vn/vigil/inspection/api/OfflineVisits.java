package vn.vigil.inspection.api;

import java.time.LocalDate;

/**
 * What a tablet takes offline to record visits without a network: the signed-in person's next visits still to record
 * (only visits they go on), the non-personal details of those establishments, and the checklist versions the visits
 * use. Nothing about owners' persons and nothing about victims.
 */
public interface OfflineVisits {

    /** The largest number of visits one bundle holds. */
    int MAX_VISITS = 50;

    /** Up to {@code limit} (1 to {@link #MAX_VISITS}) visits starting on {@code from} or later, earliest first. */
    OfflineBundle bundle(LocalDate from, int limit);
}
