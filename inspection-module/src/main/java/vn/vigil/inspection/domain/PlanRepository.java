package vn.vigil.inspection.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanSummary;

/** Inspection plans, their fixed targets and their progress. */
public interface PlanRepository {

    InspectionPlan add(InspectionPlan plan);

    Optional<InspectionPlan> find(long id);

    /** Writes pending changes now, so ids, versions and scope rows are the stored ones. */
    void flush();

    /** Whether another plan than {@code exceptId} (null: any) already uses this number in this year. */
    boolean numberTaken(int year, String numberKey, Long exceptId);

    /** How many of these ids are registered establishments. */
    long countEstablishments(Collection<Long> ids);

    /** How many of these ids are business lines. */
    long countBusinessLines(Collection<Long> ids);

    /**
     * Stores the plan's targets as of now (its chosen establishments, or the operating ones in its scope whose risk
     * reached its threshold) and returns how many there are. The plan and its scope must be flushed first.
     */
    int fixTargets(InspectionPlan plan);

    /** Progress of one plan, in one query. */
    PlanProgress progressOf(InspectionPlan plan);

    /** One page of plans with their progress, newest period first, in one query. */
    List<PlanSummary> page(PlanQuery query, PageRequest page);

    long count(PlanQuery query);
}
