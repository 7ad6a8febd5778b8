package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.ViolationRuleView;
import vn.vigil.inspection.api.ViolationRules;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * The statutory periods and amounts, past, present and future, as on admin/violation-rules and at
 * {@code GET /api/v1/violation-rules}.
 */
@ApplicationScoped
public class ViolationRulesExport implements ExportableList {

    static final List<ExportColumn<ViolationRuleView>> COLUMNS = List.of(
            ExportColumn.label("cases.admin.rules.code", "violations.rule.", ViolationRuleView::code),
            ExportColumn.of("cases.admin.rules.amount", ViolationRuleView::amount),
            ExportColumn.label("export.rule.unit", "cases.admin.rules.unit.", ViolationRuleView::unit),
            ExportColumn.of("export.rule.validFrom", ViolationRuleView::validFrom),
            ExportColumn.of("export.rule.validUntil", ViolationRuleView::validUntil),
            ExportColumn.of("cases.admin.rules.legalBasis", ViolationRuleView::legalBasis));

    @Inject
    ViolationRules rules;

    @Override
    public String name() {
        return "violation-rules";
    }

    @Override
    public ExportedList<ViolationRuleView> list(ExportFilters f) {
        return all();
    }

    public ExportedList<ViolationRuleView> all() {
        return ExportedList.whole(name(), "cases.admin.rules.title", COLUMNS, rules::rules, "");
    }
}
