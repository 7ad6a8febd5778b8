package vn.vigil.victim.domain;

import java.util.List;

/** Needs assessments and essential-needs extensions of cases. */
public interface NeedsRepository {

    NeedsAssessment add(NeedsAssessment assessment);

    List<NeedsAssessment> assessments(long caseId);

    EssentialNeedsExtension add(EssentialNeedsExtension extension);

    List<EssentialNeedsExtension> extensions(long caseId);

    void flush();
}
