package vn.vigil.victim.application;

import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.victim.api.BudgetLineCommand;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceKind;
import vn.vigil.victim.domain.TestKeys;
import vn.vigil.victim.infrastructure.JpaBudgetRepository;
import vn.vigil.victim.infrastructure.JpaCaseFactsRepository;
import vn.vigil.victim.infrastructure.JpaNeedsRepository;
import vn.vigil.victim.infrastructure.JpaRateRepository;
import vn.vigil.victim.infrastructure.JpaSupportRequestRepository;
import vn.vigil.victim.infrastructure.VictimTestDatabase;

/**
 * The support and funds services built by hand over one entity manager, as one actor; cases and persons inserted
 * with plain SQL (identity columns hold dummy bytes), as the case module owns them.
 */
final class Funds implements AutoCloseable {

    final EntityManager em = VictimTestDatabase.factory().createEntityManager();
    final RecordingAuditLog audit;
    final TestActor actor;
    final CaseSupportImpl support = new CaseSupportImpl();
    final SupportApprovalsImpl approvals = new SupportApprovalsImpl();
    final BudgetsImpl budgets = new BudgetsImpl();
    final SupportRatesImpl rates = new SupportRatesImpl();

    Funds(String username, RecordingAuditLog audit) {
        this.audit = audit;
        this.actor = new TestActor(username);
        RefusalLog refusals = new RefusalLog(audit);
        var requests = new JpaSupportRequestRepository(em);
        var budgetRepository = new JpaBudgetRepository(em);
        var rateRepository = new JpaRateRepository(em);
        support.cases = new JpaCaseFactsRepository(em);
        support.needs = new JpaNeedsRepository(em);
        support.requests = requests;
        support.terms = new SupportTerms(rateRepository);
        support.actor = actor;
        support.audit = audit;
        support.refusals = refusals;
        approvals.requests = requests;
        approvals.budgets = budgetRepository;
        approvals.actor = actor;
        approvals.audit = audit;
        approvals.refusals = refusals;
        budgets.budgets = budgetRepository;
        budgets.actor = actor;
        budgets.audit = audit;
        budgets.refusals = refusals;
        rates.rates = rateRepository;
        rates.audit = audit;
        rates.refusals = refusals;
    }

    Funds as(String username) {
        actor.username = username;
        em.clear();
        return this;
    }

    <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }

    /** A new funding source and a line of {@code amount} for the type in {@code year}; returns the line id. */
    long line(int year, String type, long amount) {
        String who = actor.username;
        as("finance");
        long source = tx(() -> budgets.createFundingSource(
                        new FundingSourceCommand(FundingSourceKind.DONOR, "Nhà tài trợ " + UUID.randomUUID(), true)))
                .id();
        long line = tx(() -> budgets.createBudgetLine(new BudgetLineCommand(year, source, type, amount, null)))
                .id();
        as(who);
        return line;
    }

    /** An open case of the case worker, with its person; returns the case id. */
    static long openCase(String caseWorker, String personStatus, String role, String nationality, boolean abroad) {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long person;
            try (PreparedStatement s = c.prepareStatement("insert into victim.person (key_version, full_name,"
                    + " name_digest, sex, nationality, created_at, created_by, updated_at, updated_by)"
                    + " values (1, ?, 'digest', 'FEMALE', ?, now(), 't', now(), 't') returning id")) {
                // sealed with a real key so that a key rotation in another test can re-encrypt the row
                s.setBytes(1, TestKeys.cipher(1).seal("Người Thử Nghiệm", "full_name", 1));
                s.setString(2, nationality);
                person = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("insert into victim.victim_case (code, person_id,"
                    + " person_status, person_role, accompanies_case_id, verified_abroad, received_on,"
                    + " received_place, received_by, verification_due, verified_on, verified_by, case_worker,"
                    + " consent_to_processing, status, created_at, created_by, updated_at, updated_by)"
                    + " values (?, ?, ?, ?, null, ?, date '2026-11-02', 'UBND xã', 'Công an xã',"
                    + " date '2026-11-05', ?, ?, ?, true, 'OPEN', now(), 't', now(), 't') returning id")) {
                s.setString(1, "NN-" + UUID.randomUUID().toString().substring(0, 12));
                s.setLong(2, person);
                s.setString(3, personStatus);
                s.setString(4, role);
                s.setBoolean(5, abroad);
                s.setObject(6, "UNDER_VERIFICATION".equals(personStatus) ? null : java.sql.Date.valueOf("2026-11-04"));
                s.setString(7, "UNDER_VERIFICATION".equals(personStatus) ? null : "Công an tỉnh");
                s.setString(8, caseWorker);
                return single(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long vietnameseVictim(String caseWorker) {
        return openCase(caseWorker, "VERIFIED_VICTIM", "VICTIM", "VN", false);
    }

    static void execute(String sql) {
        try (Connection c = TestDatabase.dataSource().getConnection();
                var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        em.close();
    }
}
