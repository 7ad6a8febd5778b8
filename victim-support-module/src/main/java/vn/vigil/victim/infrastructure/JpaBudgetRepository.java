package vn.vigil.victim.infrastructure;

import static vn.vigil.victim.infrastructure.JpaSupportRequestRepository.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.FundingSourceKind;
import vn.vigil.victim.domain.ApprovalRule;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.BudgetRepository;
import vn.vigil.victim.domain.FundingSource;
import vn.vigil.victim.domain.LedgerEntry;
import vn.vigil.victim.domain.LineBalance;

@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    /** committed = COMMITTED - RELEASED - DISBURSED, disbursed = DISBURSED, per line. */
    private static final String SUMS = """
            select coalesce(sum(case e.kind when 'COMMITTED' then e.amount else -e.amount end), 0),
                   coalesce(sum(case e.kind when 'DISBURSED' then e.amount else 0 end), 0)
              from victim.ledger_entry e where e.budget_line_id = :line
            """;

    private static final String LINE_VIEWS = """
            select l.id, l.version, l.budget_year, l.funding_source_id, s.name, s.kind, l.support_type, l.amount,
                   coalesce(b.committed, 0), coalesce(b.disbursed, 0),
                   exists (select 1 from victim.budget_year y where y.year = l.budget_year), l.note
              from victim.budget_line l
              join victim.funding_source s on s.id = l.funding_source_id
              left join lateral (select sum(case e.kind when 'COMMITTED' then e.amount else -e.amount end) committed,
                                        sum(case e.kind when 'DISBURSED' then e.amount else 0 end) disbursed
                                   from victim.ledger_entry e where e.budget_line_id = l.id) b on true
            """;

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaBudgetRepository() {}

    public JpaBudgetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public FundingSource add(FundingSource source) {
        em.persist(source);
        return source;
    }

    @Override
    public Optional<FundingSource> source(long id) {
        return Optional.ofNullable(em.find(FundingSource.class, id));
    }

    @Override
    public List<FundingSource> sources() {
        return em.createQuery(
                        "select s from FundingSource s order by s.active desc, s.kind, s.name", FundingSource.class)
                .getResultList();
    }

    @Override
    public boolean sourceNameTaken(String nameKey, Long exceptId) {
        return !em.createQuery(
                        "select s.id from FundingSource s where s.nameKey = :k and (:except is null or s.id <> :except)",
                        Long.class)
                .setParameter("k", nameKey)
                .setParameter("except", exceptId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public BudgetLine add(BudgetLine line) {
        em.persist(line);
        return line;
    }

    @Override
    public Optional<BudgetLine> line(long id) {
        return Optional.ofNullable(em.find(BudgetLine.class, id));
    }

    @Override
    public Optional<BudgetLine> lockLine(long id) {
        return Optional.ofNullable(em.find(BudgetLine.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean lineExists(int year, long fundingSourceId, String supportType) {
        return !em.createQuery(
                        "select l.id from BudgetLine l where l.year = :y and l.fundingSourceId = :s"
                                + " and l.supportType = :t",
                        Long.class)
                .setParameter("y", year)
                .setParameter("s", fundingSourceId)
                .setParameter("t", supportType)
                .getResultList()
                .isEmpty();
    }

    @Override
    public LineBalance balance(long lineId) {
        Object[] r = (Object[])
                em.createNativeQuery(SUMS).setParameter("line", lineId).getSingleResult();
        return new LineBalance(num(r[0]), num(r[1]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BudgetLineView> lineViews(int year) {
        return ((List<Object[]>) em.createNativeQuery(
                                LINE_VIEWS + " where l.budget_year = :y order by l.support_type, s.name, l.id")
                        .setParameter("y", year)
                        .getResultList())
                .stream().map(JpaBudgetRepository::lineView).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<BudgetLineView> lineView(long id) {
        return ((List<Object[]>) em.createNativeQuery(LINE_VIEWS + " where l.id = :id")
                        .setParameter("id", id)
                        .getResultList())
                .stream().findFirst().map(JpaBudgetRepository::lineView);
    }

    private static BudgetLineView lineView(Object[] r) {
        long amount = num(r[7]);
        long committed = num(r[8]);
        long disbursed = num(r[9]);
        return new BudgetLineView(
                num(r[0]),
                num(r[1]),
                (int) num(r[2]),
                num(r[3]),
                (String) r[4],
                FundingSourceKind.valueOf((String) r[5]),
                (String) r[6],
                amount,
                committed,
                disbursed,
                amount - committed - disbursed,
                (Boolean) r[10],
                (String) r[11]);
    }

    @Override
    public boolean yearClosed(int year) {
        return !em.createNativeQuery("select 1 from victim.budget_year where year = :y")
                .setParameter("y", year)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void closeYear(int year, String by, Instant at) {
        em.createNativeQuery("insert into victim.budget_year (year, closed_at, closed_by) values (:y, :at, :by)")
                .setParameter("y", year)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", by)
                .executeUpdate();
    }

    @Override
    public void append(LedgerEntry entry) {
        em.persist(entry);
    }

    @Override
    public ApprovalRule approvalRule() {
        return em.find(ApprovalRule.class, ApprovalRule.THE_RULE);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
