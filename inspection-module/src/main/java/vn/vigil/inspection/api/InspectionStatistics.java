package vn.vigil.inspection.api;

import java.util.List;

/** Counts of the establishment registry for dashboards. */
public interface InspectionStatistics {

    record Counts(long establishments, long operating, long suspended, long highRisk, long businessLines) {}

    Counts counts();

    List<BusinessLineView> businessLines();
}
