package vn.vigil.core.api;

/** What a staff member may do in Vigil. A user may hold several roles. */
public enum Role {
    INSPECTOR,
    TEAM_LEAD,
    LEGAL_OFFICER,
    CASE_WORKER,
    FINANCE_OFFICER,
    COMMITTEE_VIEWER,
    ADMIN,
    FOCAL_POINT,
    STANDING_OFFICE;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String INSPECTOR = "INSPECTOR";
        public static final String TEAM_LEAD = "TEAM_LEAD";
        public static final String LEGAL_OFFICER = "LEGAL_OFFICER";
        public static final String CASE_WORKER = "CASE_WORKER";
        public static final String FINANCE_OFFICER = "FINANCE_OFFICER";
        public static final String COMMITTEE_VIEWER = "COMMITTEE_VIEWER";
        public static final String ADMIN = "ADMIN";
        public static final String FOCAL_POINT = "FOCAL_POINT";
        public static final String STANDING_OFFICE = "STANDING_OFFICE";

        private Names() {}
    }
}
