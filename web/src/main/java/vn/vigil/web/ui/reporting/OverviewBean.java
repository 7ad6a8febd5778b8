package vn.vigil.web.ui.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Breakdowns;
import vn.vigil.reporting.api.CommuneFigures;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ProvinceBreakdown;
import vn.vigil.reporting.api.ReadModelAdmin;
import vn.vigil.reporting.api.RebuildStatus;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.SmallCountSetting;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.LocaleBean;
import vn.vigil.web.ui.SessionUser;

/**
 * The committee's province overview: a period's figures from the read model beside the same days a year before,
 * grouped by area. Counts and sums only; small victim counts show as "&lt;5".
 */
@Named
@ViewScoped
public class OverviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    /** The periods the committee reports on; CUSTOM takes the two days given. */
    public enum PeriodKind {
        MONTH,
        QUARTER,
        HALF_YEAR,
        YEAR,
        PEAK,
        CUSTOM
    }

    /** One row of the table: the shown texts, and the change against a year before in percent (null: none). */
    public record Row(String code, String shown, String yearBeforeShown, Integer changePercent)
            implements Serializable {}

    /** The rows of one area (EST, INS, VIO, VIC, SUP, FIN). */
    public record Group(String key, List<Row> rows) implements Serializable {}

    @Inject
    ReportFigures reportFigures;

    @Inject
    ReadModelAdmin readModel;

    @Inject
    AdminUnitService units;

    @Inject
    SessionUser user;

    @Inject
    SmallCountSetting smallCounts;

    @Inject
    LocaleBean localeBean;

    private static final String RED = "#b3261e";
    private static final String GREY = "#9aa5b1";
    private static final String AMBER = "#e0a100";
    private static final String GREEN = "#4f9a5a";
    private static final String BLUE = "#2f6fb0";

    private Breakdowns breakdowns;
    private Period shownPeriod;
    private String monthChart;
    private String riskChart;
    private String actsChart;
    private String moneyChart;

    private Long provinceId;
    private PeriodKind periodKind = PeriodKind.YEAR;
    private LocalDate from;
    private LocalDate until;
    private List<AdminUnitView> provinces;
    private Figures figures;
    private List<Group> groups = List.of();
    private RebuildStatus latestRebuild;
    private ProvinceBreakdown breakdown;
    private Integer threshold;
    private long thresholdVersion;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(VIETNAM);
        provinces = units.inForce(UnitLevel.PROVINCE, null, today);
        show();
    }

    /** Reads the figures of the chosen province and period; a bad custom period is explained, nothing else shown. */
    public void show() {
        try {
            Period period = period(LocalDate.now(VIETNAM));
            from = period.from();
            until = period.until();
            figures = reportFigures.figures(provinceId, period);
            groups = groups(figures);
            breakdown = provinceId == null ? null : reportFigures.byCommune(provinceId, period);
            shownPeriod = period;
            breakdowns = null; // read when the deferred panel asks for them, after the page has shown the figures
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        if (user.has("ADMIN")) {
            latestRebuild = readModel.latestRebuild().orElse(null);
            SmallCountSetting.Threshold current = smallCounts.threshold();
            threshold = current.value();
            thresholdVersion = current.version();
        }
    }

    /** The administrator sets the small-count threshold; the figures are read again with it. */
    public void saveThreshold() {
        try {
            smallCounts.change(threshold == null ? 0 : threshold, thresholdVersion);
            FacesMessages.info("reports.threshold.saved", threshold);
            show();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void rebuild() {
        try {
            latestRebuild = readModel.rebuild();
            FacesMessages.info("reports.readModel.rebuildStarted");
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** The charts of the breakdowns, their legends in the user's language. */
    private void charts() {
        Locale locale = localeBean.getLocale();
        List<BreakdownRow> months = breakdowns.byMonth();
        monthChart = new SeriesChart(
                        months.stream().map(r -> r.label(locale)).toList(),
                        List.of(
                                series("reports.chart.visitsDone", RED, months, 0),
                                series("reports.chart.visitsDoneYearBefore", GREY, months, 1),
                                series("reports.chart.cases", AMBER, months, 2)),
                        false,
                        false)
                .toJson();
        List<BreakdownRow> lines = breakdowns.establishmentsByLine();
        riskChart = new SeriesChart(
                        lines.stream().map(r -> r.label(locale)).toList(),
                        List.of(
                                series("reports.risk.LOW", GREEN, lines, 0),
                                series("reports.risk.MEDIUM", AMBER, lines, 1),
                                series("reports.risk.HIGH", RED, lines, 2)),
                        true,
                        true)
                .toJson();
        List<BreakdownRow> acts = breakdowns.actsByProvision();
        actsChart = new SeriesChart(
                        acts.stream().map(r -> shortProvision(r.label(locale))).toList(),
                        List.of(series("reports.chart.acts", RED, acts, 0)),
                        true,
                        false)
                .toJson();
        List<BreakdownRow> money = breakdowns.moneyBySource();
        moneyChart = new SeriesChart(
                        money.stream().map(r -> r.label(locale)).toList(),
                        List.of(
                                series("reports.chart.committed", AMBER, money, 0),
                                series("reports.chart.paid", BLUE, money, 1)),
                        true,
                        false)
                .toJson();
    }

    private SeriesChart.Series series(String key, String colour, List<BreakdownRow> rows, int column) {
        return new SeriesChart.Series(
                Bundles.text(localeBean.getLocale(), key),
                colour,
                rows.stream().map(r -> r.value(column)).toList());
    }

    /** A provision's reference without its description, short enough for a chart's axis. */
    static String shortProvision(String label) {
        int dash = label.indexOf(" — ");
        return dash < 0 ? label : label.substring(0, dash);
    }

    Period period(LocalDate today) {
        int year = today.getYear();
        return switch (periodKind) {
            case MONTH -> new Period(today.withDayOfMonth(1), today);
            case QUARTER -> new Period(LocalDate.of(year, (today.getMonthValue() - 1) / 3 * 3 + 1, 1), today);
            case HALF_YEAR -> new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            case YEAR -> new Period(LocalDate.of(year, 1, 1), today);
            case PEAK -> Period.peakCampaign(year);
            case CUSTOM -> new Period(from, until);
        };
    }

    static List<Group> groups(Figures figures) {
        String small = "<" + figures.smallCountThreshold();
        Map<String, List<Row>> byArea = new LinkedHashMap<>();
        for (Indicator i : figures.indicators()) {
            String area = i.code().substring(0, i.code().indexOf('.'));
            String shown = i.small() ? small : String.valueOf(i.value());
            String before = i.yearBefore() == null ? "" : i.yearBeforeSmall() ? small : String.valueOf(i.yearBefore());
            Integer change = i.small() || i.yearBeforeSmall() || i.yearBefore() == null || i.yearBefore() == 0
                    ? null
                    : Math.toIntExact(Math.round(100.0 * (i.value() - i.yearBefore()) / i.yearBefore()));
            byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(new Row(i.code(), shown, before, change));
        }
        return byArea.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()))
                .toList();
    }

    public List<PeriodKind> getPeriodKinds() {
        return List.of(PeriodKind.values());
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public List<AdminUnitView> getProvinces() {
        return provinces;
    }

    public Figures getFigures() {
        return figures;
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** The chosen province commune by commune; null when every province is shown. */
    public ProvinceBreakdown getBreakdown() {
        return breakdown;
    }

    /** A commune's victim count as shown: the number, "&lt;5" when small, "x" when hidden to protect another. */
    public String victims(CommuneFigures row) {
        if (!row.victimsHidden()) {
            return String.valueOf(row.victims());
        }
        return row.victimsSmall() ? "<" + figures.smallCountThreshold() : "x";
    }

    /**
     * The tables and charts behind the figures, read once per period shown, when the page's deferred panel first asks
     * (the page answers with the headline figures first); null while no period could be shown.
     */
    public Breakdowns getBreakdowns() {
        if (breakdowns == null && shownPeriod != null) {
            breakdowns = reportFigures.breakdowns(provinceId, shownPeriod);
            charts();
        }
        return breakdowns;
    }

    public String getMonthChart() {
        getBreakdowns();
        return monthChart;
    }

    public String getRiskChart() {
        getBreakdowns();
        return riskChart;
    }

    public String getActsChart() {
        getBreakdowns();
        return actsChart;
    }

    public String getMoneyChart() {
        getBreakdowns();
        return moneyChart;
    }

    /** A row's label in the user's language. */
    public String label(BreakdownRow row) {
        return row.label(localeBean.getLocale());
    }

    /** A row's figure as shown: the number, or "&lt;5" for a hidden small count (its amounts then show as "x"). */
    public String shown(BreakdownRow row, int column) {
        if (row.shown() != null) {
            return column == 0 ? row.shown() : "x";
        }
        return localeBean.number(row.value(column));
    }

    /** Everyone's share of a total in percent, for bars; 0 when there is no total. */
    public int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public RebuildStatus getLatestRebuild() {
        return latestRebuild;
    }

    /** When the figures were last complete, in Vietnam time; null while the read model was never built. */
    public String getAsOf() {
        return figures == null || figures.asOf() == null
                ? null
                : TIME.format(figures.asOf().atZone(VIETNAM));
    }

    public String getRebuildStarted() {
        return latestRebuild == null
                ? null
                : TIME.format(latestRebuild.startedAt().atZone(VIETNAM));
    }

    /** The REST address of the same figures as CSV, for the download link. */
    public String getCsvLink() {
        return download("csv");
    }

    public String getXlsxLink() {
        return download("xlsx");
    }

    public String getPdfLink() {
        return download("pdf");
    }

    /** The REST address of the overview's detailed tables as a spreadsheet (the PDF of the figures holds them). */
    public String getTablesXlsxLink() {
        return download("breakdowns", "xlsx");
    }

    public String getTablesCsvLink() {
        return download("breakdowns", "csv");
    }

    private String download(String format) {
        return download(null, format);
    }

    private String download(String table, String format) {
        return "/api/v1/reports/figures" + (table == null ? "" : "/" + table) + "?format=" + format + "&from=" + from
                + "&until=" + until + (provinceId == null ? "" : "&province=" + provinceId);
    }
}
