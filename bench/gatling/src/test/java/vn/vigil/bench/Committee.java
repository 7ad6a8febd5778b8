package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Committee members reading their figures: the home page (the committee's desk: the year's figures), the province
 * overview with its drill-down, the statistics page and the periodic reports — pages by GET, each a Faces view kept in
 * the session — and the figures as JSON. They never see a victim's identity and change nothing.
 */
final class Committee {

    private Committee() {}

    /** Signed in already: reads the pages in turn until the window ends. */
    static ChainBuilder work() {
        return Vigil.untilWindowEnds(exec(Vigil.page("committee: home page", "/index.xhtml"))
                .exec(Vigil.think())
                .exec(Vigil.page("committee: overview page", "/reports/overview.xhtml"))
                .exec(Vigil.think())
                .exec(Vigil.read("committee: figures (REST)", "/api/v1/reports/figures"))
                .exec(Vigil.think())
                .exec(Vigil.page("committee: statistics page", "/statistics.xhtml"))
                .exec(Vigil.think())
                .exec(Vigil.page("committee: periodic reports page", "/reports/periodic.xhtml"))
                .exec(Vigil.think()));
    }
}
