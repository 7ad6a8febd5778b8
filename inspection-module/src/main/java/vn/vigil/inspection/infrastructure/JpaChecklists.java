package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;
import vn.vigil.inspection.domain.ChecklistTemplate;
import vn.vigil.inspection.domain.ChecklistVersion;
import vn.vigil.inspection.domain.ChecklistVersionStatus;
import vn.vigil.inspection.domain.Checklists;

@ApplicationScoped
public class JpaChecklists implements Checklists {

    private static final String OVERVIEW = """
            select l.id, l.code, l.name_vi, l.name_en, l.active, t.id,
                   f.id, f.number, f.published_at, d.id, d.number
              from inspection.business_line l
              left join inspection.checklist_template t on t.business_line_id = l.id
              left join lateral (select v.id, v.number, v.published_at from inspection.checklist_version v
                                  where v.template_id = t.id and v.status = 'PUBLISHED'
                                  order by v.number desc limit 1) f on true
              left join inspection.checklist_version d on d.template_id = t.id and d.status = 'DRAFT'
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaChecklists() {}

    public JpaChecklists(EntityManager em) {
        this.em = em;
    }

    @Override
    public ChecklistTemplate addTemplate(ChecklistTemplate template) {
        em.persist(template);
        return template;
    }

    @Override
    public Optional<ChecklistTemplate> template(long id) {
        return Optional.ofNullable(em.find(ChecklistTemplate.class, id));
    }

    @Override
    public Optional<ChecklistTemplate> templateOfLine(long businessLineId) {
        return em.createQuery(
                        "select t from ChecklistTemplate t where t.businessLineId = :line", ChecklistTemplate.class)
                .setParameter("line", businessLineId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean businessLineExists(long businessLineId) {
        return !em.createQuery("select l.id from BusinessLine l where l.id = :id", Long.class)
                .setParameter("id", businessLineId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public ChecklistVersion addVersion(ChecklistVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public Optional<ChecklistVersion> version(long id) {
        return Optional.ofNullable(em.find(ChecklistVersion.class, id));
    }

    @Override
    public Optional<ChecklistVersion> inForce(long templateId) {
        return em.createQuery(
                        "select v from ChecklistVersion v where v.templateId = :template and v.status = :published"
                                + " order by v.number desc",
                        ChecklistVersion.class)
                .setParameter("template", templateId)
                .setParameter("published", ChecklistVersionStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ChecklistVersion> draftOf(long templateId) {
        return em.createQuery(
                        "select v from ChecklistVersion v where v.templateId = :template and v.status = :draft",
                        ChecklistVersion.class)
                .setParameter("template", templateId)
                .setParameter("draft", ChecklistVersionStatus.DRAFT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void lockForEdit(ChecklistVersion draft) {
        em.lock(draft, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void removeVersion(ChecklistVersion draft) {
        em.remove(draft);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<ChecklistTemplateView> overview() {
        List<?> rows = em.createNativeQuery(OVERVIEW + " order by l.active desc, l.code")
                .getResultList();
        return rows.stream().map(row -> templateView((Object[]) row)).toList();
    }

    @Override
    public Optional<ChecklistTemplateView> overviewOf(long templateId) {
        List<?> rows = em.createNativeQuery(OVERVIEW + " where t.id = :template")
                .setParameter("template", templateId)
                .getResultList();
        return rows.stream().map(row -> templateView((Object[]) row)).findFirst();
    }

    @Override
    public List<ChecklistVersionSummary> history(long templateId) {
        List<?> rows =
                em.createNativeQuery("""
                        select v.id, v.number, v.status, v.published_at, v.published_by,
                               (select count(*) from inspection.checklist_item i where i.version_id = v.id)
                          from inspection.checklist_version v
                         where v.template_id = :template
                         order by v.number desc
                        """).setParameter("template", templateId).getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new ChecklistVersionSummary(
                            number(r[0]).longValue(),
                            number(r[1]).intValue(),
                            "DRAFT".equals(r[2]),
                            instant(r[3]),
                            (String) r[4],
                            number(r[5]).intValue());
                })
                .toList();
    }

    private static ChecklistTemplateView templateView(Object[] r) {
        return new ChecklistTemplateView(
                number(r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (Boolean) r[4],
                r[5] == null ? null : number(r[5]).longValue(),
                r[6] == null ? null : number(r[6]).longValue(),
                r[7] == null ? null : number(r[7]).intValue(),
                instant(r[8]),
                r[9] == null ? null : number(r[9]).longValue(),
                r[10] == null ? null : number(r[10]).intValue());
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
