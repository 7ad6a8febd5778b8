package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.EstablishmentDetails;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.GeoPoint;
import vn.vigil.inspection.domain.ImportCheck;

@ApplicationScoped
public class JpaEstablishments implements Establishments {

    private static final int LOOKUP_CHUNK = 5_000;
    private static final int INSERT_BATCH = 1_000;
    private static final String INSERT = """
            insert into inspection.establishment
                (name, name_folded, business_line_id, registration_no, licence_valid_from, licence_valid_until,
                 owner_name, legal_representative, phone, address, address_folded, commune_id, latitude, longitude,
                 created_at, created_by, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaEstablishments() {}

    public JpaEstablishments(EntityManager em) {
        this.em = em;
    }

    @Override
    public Establishment add(Establishment establishment) {
        em.persist(establishment);
        return establishment;
    }

    @Override
    public Optional<Establishment> find(long id) {
        return Optional.ofNullable(em.find(Establishment.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Establishment> possibleDuplicates(
            String registrationNo, String nameFolded, String addressFolded, Long excludingId) {
        return em.createQuery("""
                        select e from Establishment e
                        where (e.registrationNo = :registrationNo
                               or (e.nameFolded = :name and e.addressFolded = :address))
                          and e.id <> :excluding
                        order by e.id""", Establishment.class)
                .setParameter("registrationNo", registrationNo == null ? "" : registrationNo)
                .setParameter("name", nameFolded)
                .setParameter("address", addressFolded)
                .setParameter("excluding", excludingId == null ? -1L : excludingId)
                .setMaxResults(20)
                .getResultList();
    }

    @Override
    public Set<String> takenRegistrationNos(Collection<String> registrationNos) {
        List<String> all = new ArrayList<>(registrationNos);
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            taken.addAll(em.createQuery(
                            "select e.registrationNo from Establishment e where e.registrationNo in :numbers",
                            String.class)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    @Override
    public void addAll(List<ImportCheck.Accepted> rows, String actor, IntConsumer savedSoFar) {
        em.flush();
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int saved = 0;
                for (ImportCheck.Accepted row : rows) {
                    bind(insert, row.details(), row.point(), now, actor);
                    insert.addBatch();
                    if (++saved % INSERT_BATCH == 0 || saved == rows.size()) {
                        insert.executeBatch();
                        savedSoFar.accept(saved);
                    }
                }
            }
        });
    }

    private static void bind(
            PreparedStatement insert, EstablishmentDetails d, GeoPoint point, Timestamp now, String actor)
            throws java.sql.SQLException {
        insert.setString(1, d.name());
        insert.setString(2, Text.fold(d.name()));
        insert.setLong(3, d.businessLineId());
        insert.setString(4, d.registrationNo());
        insert.setDate(5, d.licenceValidFrom() == null ? null : Date.valueOf(d.licenceValidFrom()));
        insert.setDate(6, d.licenceValidUntil() == null ? null : Date.valueOf(d.licenceValidUntil()));
        insert.setString(7, d.ownerName());
        insert.setString(8, d.legalRepresentative());
        insert.setString(9, d.phone());
        insert.setString(10, d.address());
        insert.setString(11, Text.fold(d.address()));
        insert.setLong(12, d.communeId());
        insert.setBigDecimal(13, point == null ? null : point.latitude());
        insert.setBigDecimal(14, point == null ? null : point.longitude());
        insert.setTimestamp(15, now);
        insert.setString(16, actor);
        insert.setTimestamp(17, now);
        insert.setString(18, actor);
    }
}
