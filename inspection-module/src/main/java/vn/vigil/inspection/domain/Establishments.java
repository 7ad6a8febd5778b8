package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;

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
}
