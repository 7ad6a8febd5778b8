package vn.vigil.inspection.api;

import java.io.Serializable;

/** Filters of the plan list; a null status lists every plan. Newest period first. */
public record PlanQuery(PlanStatus status) implements Serializable {

    public static PlanQuery all() {
        return new PlanQuery(null);
    }
}
