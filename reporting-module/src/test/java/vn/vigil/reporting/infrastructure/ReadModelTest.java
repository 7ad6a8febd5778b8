package vn.vigil.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.reporting.api.Period;

/**
 * The read model against the base tables: after random writes of every kind the modules make (and some they make
 * only by hand: deletes, a unit merger), applying the queued slices leaves each aggregate equal to a GROUP BY over
 * the base tables, and a full rebuild afterwards changes nothing.
 */
class ReadModelTest {

    private static DataSource db;
    /** The writes and checks of this test go through one connection: opening one per statement dominated its time. */
    private static Connection connection;

    private static ReadModelStore store;
    private static final Map<String, Integer> DONE = new TreeMap<>();

    private static List<Long> communes;
    private static List<Long> lines;
    private static List<Long> provisions;
    private static long team;
    private static long fundingSource;

    @BeforeAll
    static void migrate() throws SQLException {
        TestDatabase.migrate(List.of(
                CoreSchemaAccess.coreSchema(),
                new ModuleSchema("inspection", 10, List.of()),
                new ModuleSchema("victim", 10, List.of()),
                new ModuleSchema("violation", 15, List.of()),
                new ModuleSchema("reporting", 20, List.of())));
        db = TestDatabase.dataSource();
        connection = db.getConnection();
        store = new ReadModelStore();
        store.dataSource = db;
        communes = longs("select id from core.administrative_unit where level = 'COMMUNE' and valid_to is null"
                + " order by id limit 6");
        lines = longs("select id from inspection.business_line order by id limit 3");
        if (longs("select count(*) from violation.legal_provision").get(0) == 0) {
            execute("insert into violation.legal_provision (decree, article, clause, description,"
                    + " individual_fine_min, individual_fine_max, organisation_fine_min, organisation_fine_max,"
                    + " created_at, created_by, updated_at, updated_by) values ('282/2013', 7, 1, 'test', 1, 10, 2, 20,"
                    + " now(), 't', now(), 't'), ('282/2013', 8, 2, 'test', 1, 10, 2, 20, now(), 't', now(), 't')");
        }
        provisions = longs("select id from violation.legal_provision order by id limit 3");
        team = longs("insert into inspection.inspection_team (name, name_key, lead_user_id, created_at, created_by,"
                        + " updated_at, updated_by) values ('Đoàn báo cáo', 'doan bao cao', 1, now(), 't', now(), 't')"
                        + " returning id")
                .get(0);
        fundingSource = longs("insert into victim.funding_source (kind, name, name_key, created_at, created_by,"
                        + " updated_at, updated_by) values ('STATE_BUDGET', 'Ngân sách tỉnh (báo cáo)',"
                        + " 'ngan sach tinh (bao cao)', now(), 't', now(), 't') returning id")
                .get(0);
        assertThat(communes).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lines).isNotEmpty();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void afterRandomWritesTheAggregatesEqualTheGroupByOverTheBaseTables() throws SQLException {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            for (int i = 0; i < 400; i++) {
                randomWrite(random, seed * 1000 + i);
            }
            drain();
            assertAggregatesMatchBaseTables();
        }
        assertThat(DONE).allSatisfy((kind, n) -> assertThat(n).as(kind).isPositive());
        assertThat(DONE)
                .containsKeys(
                        "visit",
                        "visit moved",
                        "member off",
                        "case",
                        "case step",
                        "act",
                        "victim",
                        "person corrected",
                        "support",
                        "support step",
                        "ledger",
                        "establishment",
                        "establishment moved",
                        "unit merged");
    }

    /** Whole months from the rollups and edge days from the daily rows add up to the base tables, for any period. */
    @Test
    void aPeriodsFiguresEqualTheBaseTablesWhateverItsEdges() throws SQLException {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            randomWrite(random, 70_000 + i);
        }
        drain();
        FigureQueries queries = new FigureQueries();
        queries.dataSource = db;
        BreakdownQueries breakdowns = new BreakdownQueries();
        breakdowns.dataSource = db;
        long province = longs("select province_id from reporting.unit_map where unit_id = " + communes.get(0))
                .get(0);
        List<Period> periods = List.of(
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 14)),
                new Period(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20)),
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)),
                new Period(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 1)));
        for (Period period : periods) {
            String from = "date '" + period.from() + "'";
            String end = "date '" + period.until().plusDays(1) + "'";
            for (Long scope : java.util.Arrays.asList(null, province)) {
                Map<String, Long> figures = queries.period(scope, period);
                String visitsIn = scope == null
                        ? ""
                        : " and commune_id in (select unit_id from reporting.unit_map" + " where province_id = " + scope
                                + ")";
                assertThat(figures.get("INS.VISITS_DONE"))
                        .as("%s %s", period, scope)
                        .isEqualTo(longs(
                                        "select count(*) from inspection.visit where status = 'SIGNED_OFF' and starts_at >= "
                                                + from + "::timestamp at time zone 'Asia/Ho_Chi_Minh' and starts_at < "
                                                + end
                                                + "::timestamp at time zone 'Asia/Ho_Chi_Minh'" + visitsIn)
                                .get(0));
                assertThat(figures.get("VIO.CASES"))
                        .as("%s %s", period, scope)
                        .isEqualTo(longs("select count(*) from violation.violation_case where detected_on >= " + from
                                        + " and detected_on < " + end
                                        + visitsIn.replace("commune_id in", "coalesce(commune_id, 0) in"))
                                .get(0));
                assertThat(figures.get("VIC.RECEIVED"))
                        .as("%s %s", period, scope)
                        .isEqualTo(longs(
                                        "select count(*) from victim.victim_case where person_role = 'VICTIM' and received_on"
                                                + " >= " + from + " and received_on < " + end
                                                + visitsIn.replace("commune_id in", "coalesce(received_unit_id, 0) in"))
                                .get(0));
                String casesIn = visitsIn.replace("commune_id in", "coalesce(c.commune_id, 0) in");
                assertThat(rowsOf(breakdowns.casesByStep(scope, period)))
                        .as("cases by step, %s %s", period, scope)
                        .isEqualTo(rows(
                                "select c.status, count(*), coalesce(sum(c.fine_total), 0), coalesce(sum(c.paid_total), 0) from"
                                        + " violation.violation_case c where c.detected_on >= " + from
                                        + " and c.detected_on < "
                                        + end + casesIn + " group by 1"));
                assertThat(rowsOf(breakdowns.actsByProvision(scope, period)))
                        .as("acts by provision, %s %s", period, scope)
                        .isEqualTo(rows("select a.provision_id::text, count(*), coalesce(sum(a.fine), 0) from"
                                + " violation.violation_case c join violation.violation_case_act a on a.case_id = c.id"
                                + " where c.detected_on >= " + from + " and c.detected_on < " + end + casesIn
                                + " group by 1"));
                LocalDate today = LocalDate.of(2026, 2, 10);
                assertThat(rowsOf(breakdowns.departments(scope, period, today)))
                        .as("departments, %s %s", period, scope)
                        .isEqualTo(rows(
                                "select * from (select d.code, count(distinct v.id) filter (where v.status = 'SIGNED_OFF') done,"
                                        + " count(distinct v.id) filter (where v.status in ('SCHEDULED', 'IN_PROGRESS') and"
                                        + " (v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date < date '" + today
                                        + "') overdue"
                                        + " from inspection.visit v join inspection.visit_member m on m.visit_id = v.id and"
                                        + " m.active join core.department d on d.id = m.department_id where v.starts_at >= "
                                        + from + "::timestamp at time zone 'Asia/Ho_Chi_Minh' and v.starts_at < " + end
                                        + "::timestamp at time zone 'Asia/Ho_Chi_Minh'"
                                        + visitsIn.replace("commune_id", "v.commune_id")
                                        + " group by 1) x where done > 0 or overdue > 0"));
                assertThat(figures.get("SUP.REQUESTS"))
                        .as("%s", period)
                        .isEqualTo(longs("select count(*) from victim.support_request where status <> 'CANCELLED' and"
                                        + " requested_on >= " + from + " and requested_on < " + end)
                                .get(0));
                assertThat(figures.get("FIN.COMMITTED"))
                        .as("%s", period)
                        .isEqualTo(longs(
                                        "select coalesce(sum(amount), 0) from victim.ledger_entry where kind = 'COMMITTED' and"
                                                + " recorded_at >= " + from
                                                + "::timestamp at time zone 'Asia/Ho_Chi_Minh'"
                                                + " and recorded_at < " + end
                                                + "::timestamp at time zone 'Asia/Ho_Chi_Minh'")
                                .get(0));
            }
        }
        Period all = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(breakdowns.casesByStep(null, all))
                .as("the checks above compared cases")
                .isNotEmpty();
        assertThat(breakdowns.actsByProvision(null, all)).as("and acts").isNotEmpty();
        assertThat(breakdowns.departments(null, all, LocalDate.of(2026, 2, 10)))
                .as("and departments")
                .isNotEmpty();
    }

    @Test
    void aFullRebuildOfAnUpToDateModelChangesNothing() throws SQLException {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            randomWrite(random, 90_000 + i);
        }
        drain();
        String before = snapshot();
        LocalDate[] range = store.factRange().orElseThrow();
        long run = store.claimRebuild("test", ReadModelStore.DAILY_FACTS.length + 2)
                .orElseThrow();
        for (String fact : ReadModelStore.DAILY_FACTS) {
            store.rebuildStep(run, fact, range[0], range[1].plusDays(1));
        }
        store.rebuildStep(run, "ESTABLISHMENT", null, null);
        store.rebuildStep(run, "UNITS", null, null);
        store.finishRebuild(run, null);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(store.latestRebuild().orElseThrow().succeeded()).isTrue();
        assertThat(store.everBuilt()).isTrue();
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() {
        long first = store.claimRebuild("test", 3).orElseThrow();
        assertThat(store.claimRebuild("test", 3)).isEmpty();
        store.finishRebuild(first, "stopped by the test");
        assertThat(store.claimRebuild("test", 3)).isPresent().get().isNotEqualTo(first);
        store.finishRebuild(store.latestRebuild().orElseThrow().id(), null);
    }

    @Test
    void aBulkLoadEnqueuesNothing() throws SQLException {
        drain();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("set vigil.bulk_load = 'on'");
            s.executeUpdate("insert into inspection.establishment (name, name_folded, business_line_id, address,"
                    + " address_folded, commune_id, risk_score, created_at, created_by, updated_at, updated_by)"
                    + " values ('Nạp hàng loạt', 'nap hang loat', " + lines.get(0) + ", 'Số 1', 'so 1', "
                    + communes.get(0) + ", 90, now(), 't', now(), 't')");
            assertThat(s.executeUpdate("update inspection.establishment set risk_score = 100 - risk_score"))
                    .isPositive();
            s.execute("reset vigil.bulk_load");
        }
        assertThat(store.pendingSlices()).isZero();
    }

    // -----------------------------------------------------------------------------------------------------------

    private static void randomWrite(Random random, long n) {
        int kind = random.nextInt(15);
        String day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(120)).toString();
        long commune = communes.get(random.nextInt(communes.size()));
        try {
            switch (kind) {
                case 0, 1 -> {
                    long e = anyId("inspection.establishment", random);
                    if (e == 0) {
                        e = insertEstablishment(random, n, commune);
                    }
                    // each visit its own minute of the day, so no two overlap for the no-double-booking rules
                    long v = longs("insert into inspection.visit (establishment_id, commune_id, team_id, kind, status,"
                                    + " starts_at, ends_at, created_at, created_by, updated_at, updated_by) select id,"
                                    + " commune_id, " + team + ", '"
                                    + (random.nextBoolean() ? "ANNOUNCED" : "UNANNOUNCED")
                                    + "', 'SCHEDULED', timestamptz '" + day + " 00:00+07' + " + (n % 1400)
                                    + " * interval '1 minute', timestamptz '" + day + " 00:00+07' + " + (n % 1400 + 1)
                                    + " * interval '1 minute', now(), 't', now(), 't'"
                                    + " from inspection.establishment where id = " + e + " returning id")
                            .get(0);
                    execute("insert into inspection.visit_member (visit_id, user_id, department_id, starts_at, ends_at)"
                            + " select " + v + ", " + n + " * 10 + g, g, starts_at, ends_at from inspection.visit,"
                            + " generate_series(1, " + (1 + random.nextInt(3)) + ") g where id = " + v);
                    done("visit");
                }
                case 2 -> {
                    long v = anyId("inspection.visit", random);
                    String status =
                            List.of("IN_PROGRESS", "SIGNED_OFF", "CANCELLED").get(random.nextInt(3));
                    if (random.nextBoolean()) {
                        execute("update inspection.visit set status = '" + status + "', cancel_reason = case when '"
                                + status + "' = 'CANCELLED' then 'test' end where id = " + v);
                        done("visit step");
                    } else {
                        execute("update inspection.visit set starts_at = starts_at + interval '3 days',"
                                + " ends_at = ends_at + interval '3 days' where id = " + v);
                        execute("update inspection.visit_member set starts_at = starts_at + interval '3 days',"
                                + " ends_at = ends_at + interval '3 days' where visit_id = " + v);
                        done("visit moved");
                    }
                }
                case 3 -> {
                    long v = anyId("inspection.visit", random);
                    if (random.nextBoolean()) {
                        execute("update inspection.visit_member set active = false where visit_id = " + v
                                + " and user_id = (select min(user_id) from inspection.visit_member where visit_id = "
                                + v
                                + ")");
                        done("member off");
                    } else {
                        execute("delete from inspection.visit where id = " + v);
                        done("visit deleted");
                    }
                }
                case 4 -> {
                    long e = anyId("inspection.establishment", random);
                    long fine = 1_000_000L * random.nextInt(50);
                    long c = longs("insert into violation.violation_case (establishment_id, detected_on, status,"
                                    + " fine_total, paid_total, created_at, created_by, updated_at, updated_by) values ("
                                    + (e == 0 ? "null" : e) + ", date '" + day + "', 'OPENED', " + fine + ", "
                                    + (random.nextBoolean() ? fine : 0) + ", now(), 't', now(), 't') returning id")
                            .get(0);
                    for (int a = 0; a < random.nextInt(3); a++) {
                        execute("insert into violation.violation_case_act (case_id, position, provision_id, fine)"
                                + " values (" + c + ", " + a + ", " + provisions.get(random.nextInt(provisions.size()))
                                + ", " + random.nextInt(5_000_000) + ")");
                        done("act");
                    }
                    done("case");
                }
                case 5 -> {
                    long c = anyId("violation.violation_case", random);
                    String status = List.of("RECORDED", "DECIDED", "PAID", "TRANSFERRED_TO_POLICE", "CLOSED")
                            .get(random.nextInt(5));
                    if (random.nextInt(4) == 0) {
                        execute("update violation.violation_case set detected_on = detected_on - 1 where id = " + c);
                    } else if (random.nextInt(3) == 0) {
                        execute("delete from violation.violation_case_act where case_id = " + c
                                + " and position = (select min(position) from violation.violation_case_act where case_id"
                                + " = " + c + ")");
                    } else {
                        execute("update violation.violation_case set status = '" + status + "', paid_total = fine_total"
                                + " where id = " + c);
                    }
                    done("case step");
                }
                case 6, 7 -> {
                    long p = longs("insert into victim.person (key_version, full_name, name_digest, birth_year, sex,"
                                    + " nationality, created_at, created_by, updated_at, updated_by) values (1,"
                                    + " '\\x00'::bytea, 'd" + n + "', " + (1960 + random.nextInt(60)) + ", '"
                                    + List.of("FEMALE", "MALE", "OTHER").get(random.nextInt(3)) + "', '"
                                    + (random.nextInt(4) == 0 ? "LA" : "VN")
                                    + "', now(), 't', now(), 't') returning id")
                            .get(0);
                    String unit = random.nextInt(5) == 0 ? "null" : String.valueOf(commune);
                    execute("insert into victim.victim_case (code, person_id, person_status, person_role, received_on,"
                            + " received_place, received_unit_id, received_by, verification_due, case_worker,"
                            + " consent_to_processing, status, created_at, created_by, updated_at, updated_by) values"
                            + " ('RM-" + n + "', " + p + ", 'UNDER_VERIFICATION', 'VICTIM', date '" + day + "', 'x', "
                            + unit + ", 'x', date '" + day + "' + 30, 'cw', true, 'OPEN', now(), 't', now(), 't')");
                    done("victim");
                }
                case 8 -> {
                    long vc = anyId("victim.victim_case", random);
                    if (random.nextBoolean()) {
                        execute("update victim.victim_case set person_status = 'VERIFIED_VICTIM', verified_on ="
                                + " received_on where id = " + vc);
                        done("victim verified");
                    } else {
                        execute("update victim.person set birth_year = birth_year + 20, sex = case sex when 'FEMALE'"
                                + " then 'MALE' else 'FEMALE' end where id = (select person_id from victim.victim_case"
                                + " where id = " + vc + ")");
                        done("person corrected");
                    }
                }
                case 9 -> {
                    long vc = anyId("victim.victim_case", random);
                    String type = List.of("a", "b", "c", "d").get(random.nextInt(4));
                    execute("insert into victim.support_request (case_id, support_type, quantity, amount, case_by_case,"
                            + " justification, purpose, requested_by, requested_on, status, created_at, created_by,"
                            + " updated_at, updated_by) values (" + vc + ", '" + type + "', 1, "
                            + (100_000 + random.nextInt(900_000)) + ", true, 'x', 'x', 'cw', date '" + day
                            + "', 'REQUESTED', now(), 't', now(), 't')");
                    done("support");
                }
                case 10 -> {
                    long r = anyId("victim.support_request", random);
                    long line = budgetLine(r);
                    if (random.nextBoolean()) {
                        execute("update victim.support_request set status = 'APPROVED', budget_line_id = " + line
                                + " where id = " + r);
                    } else {
                        execute("update victim.support_request set status = 'CANCELLED', cancel_reason = 'x'"
                                + " where id = " + r);
                    }
                    done("support step");
                }
                case 11 -> {
                    long r = anyId("victim.support_request", random);
                    long line = budgetLine(r);
                    execute("insert into victim.ledger_entry (budget_line_id, support_request_id, kind, amount,"
                            + " recorded_at, recorded_by) values (" + line + ", " + r + ", 'COMMITTED', "
                            + (1 + random.nextInt(1000)) + ", timestamptz '" + day + " 23:30+07', 'fo')");
                    done("ledger");
                }
                case 12 -> {
                    insertEstablishment(random, n, commune);
                    done("establishment");
                }
                case 13 -> {
                    long e = anyId("inspection.establishment", random);
                    if (random.nextBoolean()) {
                        execute("update inspection.establishment set commune_id = " + commune + " where id = " + e);
                        done("establishment moved");
                    } else {
                        execute("update inspection.establishment set risk_score = " + random.nextInt(101)
                                + ", status = '" + (random.nextBoolean() ? "OPERATING" : "SUSPENDED") + "' where id = "
                                + e);
                        done("establishment rescored");
                    }
                }
                default -> {
                    if (random.nextInt(4) == 0) {
                        mergeUnit(n);
                        done("unit merged");
                    }
                }
            }
        } catch (SQLException | IndexOutOfBoundsException e) {
            done("refused");
        }
    }

    /** A commune merges into a new one: it ends, and the new commune is its successor. */
    private static void mergeUnit(long n) throws SQLException {
        long old = communes.get((int) (n % communes.size()));
        long successor = longs("insert into core.administrative_unit (code, name, name_folded, level, kind, parent_id,"
                        + " valid_from, created_at, created_by, updated_at, updated_by) select 'M" + n + "', 'Xã mới "
                        + n + "', 'xa moi " + n + "', 'COMMUNE', kind, parent_id, date '2026-07-01', now(), 't', now(),"
                        + " 't' from core.administrative_unit where id = " + old + " returning id")
                .get(0);
        execute("update core.administrative_unit set valid_to = date '2026-06-30', successor_id = " + successor
                + " where id = " + old + " and valid_to is null");
        communes = new ArrayList<>(communes);
        communes.set((int) (n % communes.size()), successor);
    }

    private static long insertEstablishment(Random random, long n, long commune) throws SQLException {
        return longs("insert into inspection.establishment (name, name_folded, business_line_id, address,"
                        + " address_folded, commune_id, risk_score, created_at, created_by, updated_at, updated_by)"
                        + " values ('Cơ sở " + n + "', 'co so " + n + "', " + lines.get(random.nextInt(lines.size()))
                        + ", 'Số " + n + "', 'so " + n + "', " + commune + ", " + random.nextInt(101)
                        + ", now(), 't', now(), 't') returning id")
                .get(0);
    }

    private static long budgetLine(long request) throws SQLException {
        return longs("with r as (select support_type from victim.support_request where id = " + request + "),"
                        + " made as (insert into victim.budget_line (budget_year, funding_source_id, support_type,"
                        + " amount, created_at, created_by, updated_at, updated_by) select 2026, " + fundingSource
                        + ", support_type, 1000000000000, now(), 't', now(), 't' from r on conflict do nothing returning id)"
                        + " select id from made union all select l.id from victim.budget_line l, r where l.budget_year ="
                        + " 2026 and l.funding_source_id = " + fundingSource + " and l.support_type = r.support_type")
                .get(0);
    }

    private static void drain() {
        int rounds = 0;
        int applied;
        do {
            applied = store.applyDirty(50);
            rounds++;
        } while (applied != 0 && rounds < 10_000);
        assertThat(store.pendingSlices()).isZero();
    }

    private static void assertAggregatesMatchBaseTables() throws SQLException {
        assertSame(
                "select day, commune_id, plan_id, kind, status, visits from reporting.visit_fact",
                "select (starts_at at time zone 'Asia/Ho_Chi_Minh')::date, commune_id, coalesce(plan_id, 0), kind,"
                        + " status, count(*) from inspection.visit group by 1, 2, 3, 4, 5");
        assertSame(
                "select day, commune_id, department_id, status, visits from reporting.visit_department_fact",
                "select (v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date, v.commune_id, m.department_id, v.status,"
                        + " count(distinct v.id) from inspection.visit v join inspection.visit_member m on"
                        + " m.visit_id = v.id where m.active group by 1, 2, 3, 4");
        assertSame(
                "select day, commune_id, status, cases, fines, paid from reporting.case_fact",
                "select detected_on, coalesce(commune_id, 0), status, count(*), sum(fine_total), sum(paid_total)"
                        + " from violation.violation_case group by 1, 2, 3");
        assertSame(
                "select day, commune_id, provision_id, acts, fines from reporting.case_act_fact",
                "select c.detected_on, coalesce(c.commune_id, 0), a.provision_id, count(*), coalesce(sum(a.fine), 0)"
                        + " from violation.violation_case c join violation.violation_case_act a on a.case_id = c.id"
                        + " group by 1, 2, 3");
        assertSame(
                "select day, unit_id, person_status, sex, age_band, nationality, cases from reporting.victim_fact",
                "select vc.received_on, coalesce(vc.received_unit_id, 0), vc.person_status, p.sex, case when"
                        + " extract(year from vc.received_on) - p.birth_year < 16 then 'U16' when extract(year from"
                        + " vc.received_on) - p.birth_year < 18 then '16-17' when extract(year from vc.received_on)"
                        + " - p.birth_year < 30 then '18-29' when extract(year from vc.received_on) - p.birth_year <"
                        + " 50 then '30-49' else '50+' end, p.nationality, count(*) from victim.victim_case vc join"
                        + " victim.person p on p.id = vc.person_id group by 1, 2, 3, 4, 5, 6");
        assertSame(
                "select day, support_type, status, budget_line_id, requests, amount from reporting.support_fact",
                "select requested_on, support_type, status, coalesce(budget_line_id, 0), count(*), sum(amount)"
                        + " from victim.support_request group by 1, 2, 3, 4");
        assertSame(
                "select day, budget_line_id, kind, entries, amount from reporting.ledger_fact",
                "select (recorded_at at time zone 'Asia/Ho_Chi_Minh')::date, budget_line_id, kind, count(*),"
                        + " sum(amount) from victim.ledger_entry group by 1, 2, 3");
        assertSame(
                "select commune_id, business_line_id, status, risk_band, establishments from"
                        + " reporting.establishment_fact",
                "select commune_id, business_line_id, status, case when risk_score >= 70 then 'HIGH' when"
                        + " risk_score >= 40 then 'MEDIUM' else 'LOW' end, count(*) from inspection.establishment"
                        + " group by 1, 2, 3, 4");
        // the month-by-province rollups, against the base tables grouped by month and today's province
        assertSame(
                "select month, province_id, plan_id, kind, status, visits from reporting.visit_month",
                "select date_trunc('month', v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date, coalesce(u.province_id,"
                        + " 0), coalesce(v.plan_id, 0), v.kind, v.status, count(*) from inspection.visit v left join"
                        + " reporting.unit_map u on u.unit_id = v.commune_id group by 1, 2, 3, 4, 5");
        assertSame(
                "select month, province_id, department_id, status, visits from reporting.visit_department_month",
                "select date_trunc('month', v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date, coalesce(u.province_id,"
                        + " 0), m.department_id, v.status, count(distinct v.id) from inspection.visit v join"
                        + " inspection.visit_member m on m.visit_id = v.id left join reporting.unit_map u on u.unit_id ="
                        + " v.commune_id where m.active group by 1, 2, 3, 4");
        assertSame(
                "select month, province_id, status, cases, fines, paid from reporting.case_month",
                "select date_trunc('month', c.detected_on)::date, coalesce(u.province_id, 0), c.status, count(*),"
                        + " sum(c.fine_total), sum(c.paid_total) from violation.violation_case c left join"
                        + " reporting.unit_map u on u.unit_id = coalesce(c.commune_id, 0) group by 1, 2, 3");
        assertSame(
                "select month, province_id, person_status, sex, nationality, sum(cases) from reporting.victim_month group by 1,"
                        + " 2, 3, 4, 5",
                "select date_trunc('month', vc.received_on)::date, coalesce(u.province_id, 0), vc.person_status, p.sex,"
                        + " p.nationality, count(*) from victim.victim_case vc join victim.person p on p.id ="
                        + " vc.person_id left join reporting.unit_map u on u.unit_id = coalesce(vc.received_unit_id, 0)"
                        + " group by 1, 2, 3, 4, 5");
        // a unit that merged counts under its successor, and the history stays with the unit that held the fact
        assertSame(
                "select m.unit_id, m.commune_id from reporting.unit_map m join core.administrative_unit u on u.id ="
                        + " m.unit_id where u.level = 'COMMUNE'",
                "with recursive walk (unit_id, current_id, hops) as (select id, id, 0 from core.administrative_unit"
                        + " where level = 'COMMUNE' union all select w.unit_id, u.successor_id, w.hops + 1 from walk w"
                        + " join core.administrative_unit u on u.id = w.current_id where u.successor_id is not null)"
                        + " select distinct on (unit_id) unit_id, current_id from walk order by unit_id, hops desc");
        assertThat(longs("select count(*) from reporting.unit_map m join core.administrative_unit u on u.id ="
                        + " m.commune_id where u.valid_to is not null"))
                .as("every unit maps to a unit in force")
                .containsExactly(0L);
    }

    private static String snapshot() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : List.of(
                "visit_fact",
                "visit_department_fact",
                "case_fact",
                "case_act_fact",
                "victim_fact",
                "support_fact",
                "ledger_fact",
                "establishment_fact",
                "unit_map",
                "visit_month",
                "visit_department_month",
                "case_month",
                "case_act_month",
                "victim_month")) {
            all.append(table).append(rows("select * from reporting." + table));
        }
        return all.toString();
    }

    /** A breakdown as sorted lines "key|figure|figure…", to compare with a GROUP BY over the base tables. */
    private static List<String> rowsOf(List<vn.vigil.reporting.api.BreakdownRow> breakdown) {
        return breakdown.stream()
                .map(r -> r.key() + "|"
                        + r.values().stream().map(v -> v + "|").collect(java.util.stream.Collectors.joining()))
                .sorted()
                .toList();
    }

    private static void assertSame(String readModel, String groupBy) throws SQLException {
        assertThat(rows(readModel)).as(readModel).isEqualTo(rows(groupBy)).isNotEmpty();
    }

    /** Every row as text, sorted, so two queries compare whatever order they return. */
    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static long anyId(String table, Random random) throws SQLException {
        List<Long> ids = longs("select id from " + table + " order by id");
        return ids.isEmpty() ? 0 : ids.get(random.nextInt(ids.size()));
    }

    private static void done(String kind) {
        DONE.merge(kind, 1, Integer::sum);
    }

    private static void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }
}
