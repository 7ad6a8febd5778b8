package vn.vigil.victim.domain;

import java.util.Optional;
import vn.vigil.victim.api.CaseFacts;

/** Reads the non-identifying facts of a case; never an identity column. */
public interface CaseFactsRepository {

    Optional<CaseFacts> find(long caseId);
}
