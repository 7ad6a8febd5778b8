package vn.vigil.web.ui.visits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.AnswerView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;

/** What the record page edits: rows the person adds and removes, turned into the content the service checks. */
public class RecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Answer> answers = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private VisitOutcome outcome;

    static RecordForm of(VisitRecordView record) {
        RecordForm form = new RecordForm();
        record.answers().forEach(a -> form.answers.add(Answer.of(a)));
        record.indicators().forEach(i -> form.indicators.add(new Indicator(i.indicator(), i.observed(), i.note())));
        record.people()
                .forEach(p -> form.people.add(
                        new Person(p.fullName(), p.role(), p.idDocument(), p.interviewed(), p.statementSummary())));
        record.findings()
                .forEach(f -> form.findings.add(new Finding(f.text(), f.itemId(), f.violation(), f.reinspectBy())));
        form.outcome = record.outcome();
        return form;
    }

    RecordContent toContent() {
        return new RecordContent(
                answers.stream().map(Answer::entry).toList(),
                indicators.stream()
                        .map(i -> new IndicatorEntry(i.indicator, i.observed, i.note))
                        .toList(),
                people.stream()
                        .map(p -> new PersonEntry(p.fullName, p.role, p.idDocument, p.interviewed, p.statement))
                        .toList(),
                findings.stream()
                        .map(f -> new FindingEntry(f.text, f.itemId, f.violation, f.reinspectBy))
                        .toList(),
                outcome);
    }

    public void addPerson() {
        people.add(new Person(null, PresentRole.WORKER, null, false, null));
    }

    public void removePerson(Person person) {
        people.remove(person);
    }

    public void addFinding() {
        findings.add(new Finding(null, null, false, null));
    }

    public void removeFinding(Finding finding) {
        findings.remove(finding);
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(VisitOutcome outcome) {
        this.outcome = outcome;
    }

    /** One checklist item and the value typed for it; photos are chosen among the visit's evidence. */
    public static class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long itemId;
        private final String code;
        private final String question;
        private final AnswerType type;
        private final boolean required;
        private Boolean yesNo;
        private BigDecimal number;
        private String text;
        private Long[] evidenceIds;

        Answer(long itemId, String code, String question, AnswerType type, boolean required) {
            this.itemId = itemId;
            this.code = code;
            this.question = question;
            this.type = type;
            this.required = required;
        }

        static Answer of(AnswerView a) {
            Answer answer = new Answer(a.itemId(), a.code(), a.question(), a.answerType(), a.required());
            answer.yesNo = a.yesNo();
            answer.number = a.number();
            answer.text = a.text();
            answer.evidenceIds = a.evidenceIds().toArray(Long[]::new);
            return answer;
        }

        AnswerEntry entry() {
            return new AnswerEntry(
                    itemId, yesNo, number, text, evidenceIds == null ? List.of() : Arrays.asList(evidenceIds));
        }

        public String getCode() {
            return code;
        }

        public String getQuestion() {
            return question;
        }

        public AnswerType getType() {
            return type;
        }

        public boolean isRequired() {
            return required;
        }

        public long getItemId() {
            return itemId;
        }

        public Boolean getYesNo() {
            return yesNo;
        }

        public void setYesNo(Boolean yesNo) {
            this.yesNo = yesNo;
        }

        public BigDecimal getNumber() {
            return number;
        }

        public void setNumber(BigDecimal number) {
            this.number = number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long[] getEvidenceIds() {
            return evidenceIds;
        }

        public void setEvidenceIds(Long[] evidenceIds) {
            this.evidenceIds = evidenceIds;
        }
    }

    public static class Indicator implements Serializable {
        private static final long serialVersionUID = 1L;
        private final TraffickingIndicator indicator;
        private boolean observed;
        private String note;

        Indicator(TraffickingIndicator indicator, boolean observed, String note) {
            this.indicator = indicator;
            this.observed = observed;
            this.note = note;
        }

        public TraffickingIndicator getIndicator() {
            return indicator;
        }

        public boolean isObserved() {
            return observed;
        }

        public void setObserved(boolean observed) {
            this.observed = observed;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class Person implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fullName;
        private PresentRole role;
        private String idDocument;
        private boolean interviewed;
        private String statement;

        Person(String fullName, PresentRole role, String idDocument, boolean interviewed, String statement) {
            this.fullName = fullName;
            this.role = role;
            this.idDocument = idDocument;
            this.interviewed = interviewed;
            this.statement = statement;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public PresentRole getRole() {
            return role;
        }

        public void setRole(PresentRole role) {
            this.role = role;
        }

        public String getIdDocument() {
            return idDocument;
        }

        public void setIdDocument(String idDocument) {
            this.idDocument = idDocument;
        }

        public boolean isInterviewed() {
            return interviewed;
        }

        public void setInterviewed(boolean interviewed) {
            this.interviewed = interviewed;
        }

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement;
        }
    }

    public static class Finding implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private Long itemId;
        private boolean violation;
        private LocalDate reinspectBy;

        Finding(String text, Long itemId, boolean violation, LocalDate reinspectBy) {
            this.text = text;
            this.itemId = itemId;
            this.violation = violation;
            this.reinspectBy = reinspectBy;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public boolean isViolation() {
            return violation;
        }

        public void setViolation(boolean violation) {
            this.violation = violation;
        }

        public LocalDate getReinspectBy() {
            return reinspectBy;
        }

        public void setReinspectBy(LocalDate reinspectBy) {
            this.reinspectBy = reinspectBy;
        }
    }
}
