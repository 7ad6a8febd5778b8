package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue 13's goal on one server: inspectors recording visits through the REST API, {@code users} of them at once
 * (default 50) in a closed model, each saving as soon as the previous save is answered (no pause unless
 * {@code pause} is given), for {@code duration} seconds (default 120) after a ramp of {@code ramp} seconds (default
 * 60) in which they come in, sign in, begin recording and wait for the others. Goal: "record a visit (save)" at 300 a second or more, p99 under 200 ms.
 *
 * <p>Each user signs in for real: the login page by default ({@code auth=session}: the session and single sign-on
 * cookies then carry every REST call, as the field application keeps them), or HTTP Basic on every call
 * ({@code auth=basic}: the server hashes the password and then remembers it for a minute), or a personal API token
 * made with the password and sent on every call ({@code auth=token}).
 */
public class RecordVisitSimulation extends Simulation {

    private static final boolean BASIC = "basic".equals(Settings.AUTH);
    private static final boolean TOKEN = "token".equals(Settings.AUTH);

    private final HttpProtocolBuilder protocol =
            BASIC ? Vigil.protocol().basicAuth("#{username}", Settings.PASSWORD) : Vigil.protocol();

    private final ChainBuilder signIn =
            BASIC ? Vigil.basicSignIn() : TOKEN ? Vigil.tokenSignIn() : Vigil.signIn(false);

    private final ScenarioBuilder inspectors = scenario("inspectors recording visits")
            .exitHereIf(s -> !Window.open())
            .feed(Inspectors.feeder())
            .exec(signIn)
            .exec(Inspectors.beginRecording())
            .exitHereIfFailed()
            .exec(Vigil.waitForWindow())
            .exec(Vigil.untilWindowEnds(exec(Inspectors.save()).exec(Vigil.think())))
            .exec(Vigil.revokeToken());

    {
        setUp(inspectors.injectClosed(
                        rampConcurrentUsers(0).to(Settings.USERS).during(Settings.RAMP),
                        constantConcurrentUsers(Settings.USERS).during(Settings.DURATION)))
                .protocols(protocol)
                .assertions(
                        details(Inspectors.SAVE).responseTime().percentile(99.0).lt(200),
                        details(Inspectors.SAVE).failedRequests().percent().lt(1.0));
    }

    @Override
    public void before() {
        Window.begin("RecordVisitSimulation");
    }
}
