package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;

/** Inspection teams. */
public interface TeamRepository {

    Team add(Team team);

    Optional<Team> find(long id);

    /** Writes pending changes now, so ids and versions are the stored ones. */
    void flush();

    /** Whether another team than {@code exceptId} (null: any) already has this folded name. */
    boolean nameTaken(String nameKey, Long exceptId);

    /** Every team (or only the active ones) with its members, by name, in one query. */
    List<Team> list(boolean activeOnly);

    /** Ids of one page of the teams whose folded name matches the folded term (null: all), by name. */
    List<Long> search(String folded, boolean activeOnly, int offset, int limit);

    long count(String folded, boolean activeOnly);

    /** These teams with their members, in one query, in no particular order. */
    List<Team> withMembers(java.util.Collection<Long> ids);
}
