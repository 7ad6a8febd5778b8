package vn.vigil.inspection.api;

/** Filters of the plan list; a null status lists every plan. Newest period first. */
public record PlanQuery(PlanStatus status) {

    public static PlanQuery all() {
        return new PlanQuery(null);
    }
}
