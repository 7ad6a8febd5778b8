package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.api.DisbursementMethod;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.victim.domain.EssentialNeedsDays;
import vn.vigil.victim.domain.SupportRequest;
import vn.vigil.victim.domain.SupportRequestRepository;

@ApplicationScoped
public class JpaSupportRequestRepository implements SupportRequestRepository {

    /** A request with its case's code: the only case fact finance screens show. */
    private static final String VIEW = """
            select r.id, r.version, r.case_id, c.code, r.support_type, r.rate_id, r.quantity, r.period_from,
                   r.period_until, r.amount, r.case_by_case, r.justification, r.purpose, r.requested_by,
                   r.requested_on, r.status, r.budget_line_id, r.first_approver, r.second_approver, r.disbursed_on,
                   r.disbursement, r.receipt_number, r.cancel_reason
              from victim.support_request r join victim.victim_case c on c.id = r.case_id
            """;

    private static final String OPEN = "('REQUESTED', 'FIRST_APPROVED', 'APPROVED')";

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaSupportRequestRepository() {}

    public JpaSupportRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public SupportRequest add(SupportRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public Optional<SupportRequest> find(long id) {
        return Optional.ofNullable(em.find(SupportRequest.class, id));
    }

    @Override
    public List<EssentialNeedsDays.Period> essentialPeriods(long caseId) {
        return em
                .createQuery(
                        "select r.periodFrom, r.periodUntil from SupportRequest r where r.caseId = :c"
                                + " and r.supportType = 'a' and r.periodFrom is not null and r.status <> :cancelled",
                        Object[].class)
                .setParameter("c", caseId)
                .setParameter("cancelled", SupportRequestStatus.CANCELLED)
                .getResultList()
                .stream()
                .map(r -> new EssentialNeedsDays.Period((LocalDate) r[0], (LocalDate) r[1]))
                .toList();
    }

    @Override
    public int essentialNeedsMaxDays() {
        return ((Number) em.createNativeQuery("select max_days from victim.support_type where code = 'a'")
                        .getSingleResult())
                .intValue();
    }

    @Override
    public boolean receiptTaken(String receiptNumber) {
        return !em.createQuery("select r.id from SupportRequest r where r.receiptNumber = :n", Long.class)
                .setParameter("n", receiptNumber)
                .getResultList()
                .isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<SupportRequestView> queue(SupportRequestStatus status, PageRequest page) {
        String where = status == null ? " where r.status in " + OPEN : " where r.status = :status";
        var rows = em.createNativeQuery(VIEW + where + " order by r.requested_on, r.id limit :size offset :offset")
                .setParameter("size", page.size())
                .setParameter("offset", page.offset());
        var count = em.createNativeQuery("select count(*) from victim.support_request r" + where);
        if (status != null) {
            rows.setParameter("status", status.name());
            count.setParameter("status", status.name());
        }
        List<SupportRequestView> items =
                ((List<Object[]>) rows.getResultList()).stream().map(this::view).toList();
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), page.page(), page.size());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SupportRequestView> ofCase(long caseId) {
        return ((List<Object[]>)
                        em.createNativeQuery(VIEW + " where r.case_id = :c order by r.requested_on desc, r.id desc")
                                .setParameter("c", caseId)
                                .getResultList())
                .stream().map(this::view).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SupportRequestView> view(long id) {
        return ((List<Object[]>) em.createNativeQuery(VIEW + " where r.id = :id")
                        .setParameter("id", id)
                        .getResultList())
                .stream().findFirst().map(this::view);
    }

    @Override
    public void flush() {
        em.flush();
    }

    private SupportRequestView view(Object[] r) {
        return new SupportRequestView(
                num(r[0]),
                num(r[1]),
                num(r[2]),
                (String) r[3],
                (String) r[4],
                r[5] == null ? null : num(r[5]),
                (int) num(r[6]),
                date(r[7]),
                date(r[8]),
                num(r[9]),
                (Boolean) r[10],
                (String) r[11],
                (String) r[12],
                (String) r[13],
                date(r[14]),
                SupportRequestStatus.valueOf((String) r[15]),
                r[16] == null ? null : num(r[16]),
                (String) r[17],
                (String) r[18],
                date(r[19]),
                r[20] == null ? null : DisbursementMethod.valueOf((String) r[20]),
                (String) r[21],
                (String) r[22]);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
