package vn.vigil.inspection.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One item of the record's checklist version, in order, with its answer (all values null/empty: unanswered). */
public record AnswerView(
        long itemId,
        int position,
        String code,
        String question,
        AnswerType answerType,
        boolean required,
        Boolean yesNo,
        BigDecimal number,
        String text,
        List<Long> evidenceIds)
        implements Serializable {

    public AnswerView {
        evidenceIds = List.copyOf(evidenceIds);
    }

    public boolean answered() {
        return yesNo != null || number != null || text != null || !evidenceIds.isEmpty();
    }
}
