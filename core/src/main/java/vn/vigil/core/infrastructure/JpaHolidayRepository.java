package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.domain.Holiday;
import vn.vigil.core.domain.HolidayRepository;

@ApplicationScoped
public class JpaHolidayRepository implements HolidayRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaHolidayRepository() {}

    public JpaHolidayRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Holiday> find(long id) {
        return Optional.ofNullable(em.find(Holiday.class, id));
    }

    @Override
    public Optional<Holiday> findByDay(LocalDate day) {
        return em.createQuery("select h from Holiday h where h.day = :day", Holiday.class)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return em.createQuery("select h from Holiday h where h.day between :from and :to order by h.day", Holiday.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Holiday add(Holiday holiday) {
        em.persist(holiday);
        return holiday;
    }

    @Override
    public void remove(Holiday holiday) {
        em.remove(holiday);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
