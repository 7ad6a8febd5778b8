package vn.vigil.inspection.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to one checklist item: only the value of the item's answer type is given (yes/no, a number, a text, or
 * the ids of this visit's evidence for a photo item). An entry without any value leaves the item unanswered.
 */
public record AnswerEntry(long itemId, Boolean yesNo, BigDecimal number, String text, List<Long> evidenceIds) {

    public AnswerEntry {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
