package vn.vigil.victim.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.api.CaseloadCounts;
import vn.vigil.victim.api.CaseloadRow;

/** Cases, their persons and referrals. */
public interface VictimCaseRepository {

    void add(Person person);

    void add(VictimCase victimCase);

    void add(CaseReferral referral);

    /** Writes pending changes now, so the versions a caller is shown are the stored ones. */
    void flush();

    Optional<VictimCase> find(long id);

    Optional<VictimCase> findByCode(String code);

    Person person(long id);

    /** The next free code of a year, "NN-2026-0001"; taken even if the caller's transaction later fails. */
    String nextCode(int year);

    /**
     * Open cases of a case worker, or of everyone when {@code caseWorker} is null: those under verification first,
     * the earliest due first (overdue on top).
     */
    Page<CaseloadRow> openCasesOf(String caseWorker, LocalDate today, PageRequest page);

    CaseloadCounts countOpenCasesOf(String caseWorker, LocalDate today, int dueSoonDays);

    /** Codes of cases whose person has this ID-number digest, or this name digest and birth year. */
    List<String> codesMatching(String idNumberDigest, String nameDigest, Integer birthYear);

    List<CaseReferral> referralsOf(long caseId);

    Map<Long, String> codes(Collection<Long> caseIds);

    List<Person> sealedWithOlderKey(int currentVersion, int limit);

    long countSealedWithOlderKey(int currentVersion);
}
