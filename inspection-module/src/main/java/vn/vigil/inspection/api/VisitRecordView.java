package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A visit record as recorded: the checklist version it keeps ({@code checklistVersionId} null when the business line
 * had none in force), answers in checklist order, every trafficking indicator, people, findings, outcome, sign-off,
 * and the amendments made after sign-off, oldest first.
 */
public record VisitRecordView(
        long id,
        long visitId,
        long establishmentId,
        Long checklistVersionId,
        Integer checklistNumber,
        List<AnswerView> answers,
        List<IndicatorEntry> indicators,
        List<PersonEntry> people,
        List<FindingEntry> findings,
        VisitOutcome outcome,
        Instant signedOffAt,
        String signedOffBy,
        long version,
        List<AmendmentView> amendments)
        implements Serializable {

    public VisitRecordView {
        answers = List.copyOf(answers);
        indicators = List.copyOf(indicators);
        people = List.copyOf(people);
        findings = List.copyOf(findings);
        amendments = List.copyOf(amendments);
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }
}
