package vn.vigil.inspection.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry's write side: inspectors, team leads and administrators register establishments, correct them and
 * change their status. Every write is audited and recomputes the risk score. A registration number is unique; a
 * second establishment with the same name and address (diacritics and case ignored) is saved only once the
 * registrar has confirmed it is not a duplicate.
 */
public interface EstablishmentRegistry {

    /** One establishment with its risk score explained factor by factor. */
    EstablishmentView find(long id);

    /**
     * The names of the given establishments by id, in one query: for lists that name the establishment of each row
     * (a case worker's referrals, a legal officer's cases).
     */
    Map<Long, String> names(Collection<Long> ids);

    /**
     * Establishments that look like the candidate: the same registration number, or the same folded name and
     * address. {@code excludingId} leaves out the establishment being corrected (null when registering).
     */
    List<PossibleDuplicate> findPossibleDuplicates(EstablishmentCommand candidate, Long excludingId);

    EstablishmentView registerEstablishment(EstablishmentCommand command, boolean duplicateConfirmed);

    EstablishmentView correctEstablishment(
            long id, long version, EstablishmentCommand command, boolean duplicateConfirmed);

    /** Suspends, closes or reopens; the reason is required and kept with the establishment. */
    EstablishmentView changeStatus(long id, long version, EstablishmentStatus status, String reason);
}
