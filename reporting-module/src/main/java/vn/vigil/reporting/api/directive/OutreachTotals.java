package vn.vigil.reporting.api.directive;

import java.io.Serializable;

/** Outreach in a period: activities, participants (lượt người) and materials, all and approved only. */
public record OutreachTotals(
        long activities,
        long participants,
        long materials,
        long approvedActivities,
        long approvedParticipants,
        long approvedMaterials)
        implements Serializable {

    /** Whether some figures are not approved yet (reports say so beside them). */
    public boolean partlyUnapproved() {
        return approvedActivities < activities;
    }
}
