package vn.vigil.inspection.api;

import java.io.Serializable;

/** One question of a checklist version, in the order it is asked. */
public record ChecklistItemView(
        long id, int position, String code, String question, AnswerType answerType, boolean required)
        implements Serializable {}
