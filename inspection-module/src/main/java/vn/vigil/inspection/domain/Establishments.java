package vn.vigil.inspection.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/** The registry's establishments, for writes. */
public interface Establishments {

    Establishment add(Establishment establishment);

    Optional<Establishment> find(long id);

    /** Writes pending changes now, so the returned version is the stored one. */
    void flush();

    /**
     * Up to 20 establishments with the given registration number (if any), or the given folded name and folded
     * address, leaving out {@code excludingId}.
     */
    List<Establishment> possibleDuplicates(
            String registrationNo, String nameFolded, String addressFolded, Long excludingId);

    /** The names of the given establishments, by id, read with one query; unknown ids are left out. */
    Map<Long, String> namesOf(Collection<Long> ids);

    /** Which of the given registration numbers the registry already holds, read with one query. */
    Set<String> takenRegistrationNos(Collection<String> registrationNos);

    /** Those of the given folded name-and-address pairs that a registered establishment has, in one query. */
    Set<NameAndAddress> registeredNamesAndAddresses(Collection<NameAndAddress> candidates);

    /**
     * Inserts checked rows with multi-row inserts inside the caller's transaction, with a risk score of 0 (the caller
     * recomputes scores once afterwards); {@code savedSoFar} hears the count after each statement.
     */
    void addAll(List<ImportCheck.Accepted> rows, String actor, IntConsumer savedSoFar);
}
