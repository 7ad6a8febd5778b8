package vn.vigil.reporting.api;

/** The aggregate figures the committee, the reports and /api/v1/reports read. Never a person. */
public interface ReportFigures {

    /**
     * @param provinceId a province in force, or null for every province
     * @throws vn.vigil.core.api.NotFoundException when the province is unknown
     */
    Figures figures(Long provinceId, Period period);

    /**
     * The drill-down: a province's visits done, cases, fines and victims received, commune by commune.
     *
     * @throws vn.vigil.core.api.NotFoundException when the province is unknown
     */
    ProvinceBreakdown byCommune(long provinceId, Period period);

    /**
     * The tables and charts behind a period's figures (see {@link Breakdowns}); counts and sums only, victims'
     * request counts suppressed below the threshold.
     *
     * @throws vn.vigil.core.api.NotFoundException when the province is unknown
     */
    Breakdowns breakdowns(Long provinceId, Period period);
}
