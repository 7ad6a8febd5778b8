package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A working day's mix on one server or behind a balancer ({@code base}): {@code users} people at once (default 50)
 * in a closed model, most of them inspectors recording visits, some legal officers stepping violation cases, some of
 * the committee reading their pages. Everyone signs in through the login page and keeps the session it gives, and a
 * fair part of the requests are Faces pages using that session (the inspectors' visit page, the legal officers'
 * deadline board and case page, every committee page), so the figures show what keeping sessions costs.
 *
 * <p>Everyone signs in during the ramp and starts working when the steady window begins. Shares: {@code legalShare} (default 0.16) and {@code committeeShare} (default 0.14) of the users, the rest
 * inspectors. An inspector's round: the visit's page, then two saves of its record.
 */
public class MixedSimulation extends Simulation {

    private static final double LEGAL_SHARE = Double.parseDouble(System.getProperty("legalShare", "0.16"));
    private static final double COMMITTEE_SHARE = Double.parseDouble(System.getProperty("committeeShare", "0.14"));

    static final int LEGAL = Math.max(1, (int) Math.round(Settings.USERS * LEGAL_SHARE));
    static final int COMMITTEE = Math.max(1, (int) Math.round(Settings.USERS * COMMITTEE_SHARE));
    static final int INSPECTORS = Math.max(1, Settings.USERS - LEGAL - COMMITTEE);

    private final ScenarioBuilder inspectors = scenario("inspectors recording visits")
            .exitHereIf(s -> !Window.open())
            .feed(Inspectors.feeder())
            .exec(Vigil.signIn(true))
            .exec(Inspectors.beginRecording())
            .exitHereIfFailed()
            .exec(Vigil.waitForWindow())
            .exec(Vigil.untilWindowEnds(exec(Vigil.page("visit page", "/inspection/visit.xhtml?id=#{visitId}"))
                    .exec(Vigil.think())
                    .exec(Inspectors.save())
                    .exec(Vigil.think())
                    .exec(Inspectors.save())
                    .exec(Vigil.think())));

    private final ScenarioBuilder legal = scenario("legal officers stepping cases")
            .exitHereIf(s -> !Window.open())
            .feed(LegalOfficers.officers())
            .exec(Vigil.signIn(true))
            .exec(Vigil.waitForWindow())
            .exec(LegalOfficers.work());

    private final ScenarioBuilder committee = scenario("committee reading figures")
            .exitHereIf(s -> !Window.open())
            .exec(s -> s.set("username", Settings.COMMITTEE_USER))
            .exec(Vigil.signIn(false))
            .exec(Vigil.waitForWindow())
            .exec(Committee.work());

    {
        setUp(closed(inspectors, INSPECTORS), closed(legal, LEGAL), closed(committee, COMMITTEE))
                .protocols(Vigil.protocol());
    }

    private static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
        return scenario.injectClosed(new ClosedInjectionStep[] {
            rampConcurrentUsers(0).to(users).during(Settings.RAMP),
            constantConcurrentUsers(users).during(Settings.DURATION)
        });
    }

    @Override
    public void before() {
        Window.begin(String.format(
                "MixedSimulation (%d inspectors, %d legal officers, %d committee)", INSPECTORS, LEGAL, COMMITTEE));
    }
}
