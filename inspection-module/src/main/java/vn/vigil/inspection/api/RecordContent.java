package vn.vigil.inspection.api;

import java.util.List;

/** Everything recorded on site, saved as a whole: answers, indicators, people present, findings and outcome. */
public record RecordContent(
        List<AnswerEntry> answers,
        List<IndicatorEntry> indicators,
        List<PersonEntry> people,
        List<FindingEntry> findings,
        VisitOutcome outcome) {

    public RecordContent {
        answers = answers == null ? List.of() : List.copyOf(answers);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        people = people == null ? List.of() : List.copyOf(people);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
