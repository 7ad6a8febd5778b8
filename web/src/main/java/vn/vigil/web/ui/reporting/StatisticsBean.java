package vn.vigil.web.ui.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.inspection.api.BusinessLineView;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.ui.LocaleBean;

/** Registry statistics for the Steering Committee: counts only, no personal data. */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionStatistics statistics;

    @Inject
    LocaleBean localeBean;

    private InspectionStatistics.Counts counts;
    private List<BusinessLineView> businessLines;
    private String chart;

    @PostConstruct
    void load() {
        counts = statistics.counts();
        businessLines = statistics.businessLines();
        String language = localeBean.getLanguage();
        chart = new BarChart(
                        Bundles.text(localeBean.getLocale(), "statistics.operating"),
                        businessLines.stream().map(line -> line.name(language)).toList(),
                        businessLines.stream()
                                .map(BusinessLineView::establishments)
                                .toList())
                .toJson();
    }

    public InspectionStatistics.Counts getCounts() {
        return counts;
    }

    public List<BusinessLineView> getBusinessLines() {
        return businessLines;
    }

    /** The operating establishments per business line as a Chart.js configuration. */
    public String getChart() {
        return chart;
    }
}
