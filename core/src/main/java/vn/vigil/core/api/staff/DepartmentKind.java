package vn.vigil.core.api.staff;

/** Which member body of the Steering Committee a department is. */
public enum DepartmentKind {
    COMMITTEE,
    POLICE,
    HEALTH,
    HOME_AFFAIRS,
    CULTURE,
    JUSTICE,
    FINANCE,
    WOMENS_UNION,
    COMMUNE,
    OTHER
}
