package vn.vigil.inspection.api;

/**
 * A question of a draft checklist as an administrator types it. {@code code} identifies the item across versions
 * (upper case letters, digits, underscores); blank lets Vigil choose one.
 */
public record ChecklistItemCommand(String code, String question, AnswerType answerType, boolean required) {}
