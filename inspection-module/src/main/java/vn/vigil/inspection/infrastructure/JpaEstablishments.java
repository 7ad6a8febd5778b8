package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.EstablishmentDetails;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.GeoPoint;
import vn.vigil.inspection.domain.ImportCheck;
import vn.vigil.inspection.domain.NameAndAddress;

@ApplicationScoped
public class JpaEstablishments implements Establishments {

    private static final int COLUMNS = 18;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final String INSERT = """
            insert into inspection.establishment
                (name, name_folded, business_line_id, registration_no, licence_valid_from, licence_valid_until,
                 owner_name, legal_representative, phone, address, address_folded, commune_id, latitude, longitude,
                 created_at, created_by, updated_at, updated_by)
            values """;
    private static final String VALUES = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";

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
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e.id, e.name from Establishment e where e.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    @Override
    public Set<String> takenRegistrationNos(Collection<String> registrationNos) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select registration_no from inspection.establishment where registration_no = any(?)")) {
                query.setArray(1, connection.createArrayOf("varchar", registrationNos.toArray()));
                Set<String> taken = new HashSet<>();
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        taken.add(found.getString(1));
                    }
                }
                return taken;
            }
        });
    }

    @Override
    public Set<NameAndAddress> registeredNamesAndAddresses(Collection<NameAndAddress> candidates) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select e.name_folded, e.address_folded
                    from inspection.establishment e
                    join unnest(?, ?) as c (name_folded, address_folded)
                      on e.name_folded = c.name_folded and e.address_folded = c.address_folded""")) {
                query.setArray(
                        1,
                        connection.createArrayOf(
                                "varchar",
                                candidates.stream()
                                        .map(NameAndAddress::nameFolded)
                                        .toArray()));
                query.setArray(
                        2,
                        connection.createArrayOf(
                                "varchar",
                                candidates.stream()
                                        .map(NameAndAddress::addressFolded)
                                        .toArray()));
                Set<NameAndAddress> registered = new HashSet<>();
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        registered.add(new NameAndAddress(found.getString(1), found.getString(2)));
                    }
                }
                return registered;
            }
        });
    }

    @Override
    public void addAll(List<ImportCheck.Accepted> rows, String actor, IntConsumer savedSoFar) {
        em.flush();
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement full = connection.prepareStatement(insertOf(ROWS_PER_INSERT))) {
                int saved = 0;
                while (saved < rows.size()) {
                    List<ImportCheck.Accepted> chunk =
                            rows.subList(saved, Math.min(rows.size(), saved + ROWS_PER_INSERT));
                    if (chunk.size() == ROWS_PER_INSERT) {
                        insert(full, chunk, now, actor);
                    } else {
                        try (PreparedStatement last = connection.prepareStatement(insertOf(chunk.size()))) {
                            insert(last, chunk, now, actor);
                        }
                    }
                    saved += chunk.size();
                    savedSoFar.accept(saved);
                }
            }
        });
    }

    /** One multi-row insert: far fewer round trips than a JDBC batch of single-row inserts. */
    private static String insertOf(int rowCount) {
        return INSERT + String.join(", ", Collections.nCopies(rowCount, VALUES));
    }

    private static void insert(PreparedStatement insert, List<ImportCheck.Accepted> chunk, Timestamp now, String actor)
            throws SQLException {
        int offset = 0;
        for (ImportCheck.Accepted row : chunk) {
            bind(insert, offset, row.details(), row.point(), now, actor);
            offset += COLUMNS;
        }
        insert.executeUpdate();
    }

    private static void bind(
            PreparedStatement insert, int o, EstablishmentDetails d, GeoPoint point, Timestamp now, String actor)
            throws SQLException {
        insert.setString(o + 1, d.name());
        insert.setString(o + 2, Text.fold(d.name()));
        insert.setLong(o + 3, d.businessLineId());
        insert.setString(o + 4, d.registrationNo());
        insert.setDate(o + 5, d.licenceValidFrom() == null ? null : Date.valueOf(d.licenceValidFrom()));
        insert.setDate(o + 6, d.licenceValidUntil() == null ? null : Date.valueOf(d.licenceValidUntil()));
        insert.setString(o + 7, d.ownerName());
        insert.setString(o + 8, d.legalRepresentative());
        insert.setString(o + 9, d.phone());
        insert.setString(o + 10, d.address());
        insert.setString(o + 11, Text.fold(d.address()));
        insert.setLong(o + 12, d.communeId());
        insert.setBigDecimal(o + 13, point == null ? null : point.latitude());
        insert.setBigDecimal(o + 14, point == null ? null : point.longitude());
        insert.setTimestamp(o + 15, now);
        insert.setString(o + 16, actor);
        insert.setTimestamp(o + 17, now);
        insert.setString(o + 18, actor);
    }
}
