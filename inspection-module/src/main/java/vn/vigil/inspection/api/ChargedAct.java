package vn.vigil.inspection.api;

/**
 * An act of a case with the provision it breaches, as a document cites it: decree, article, clause and point (null
 * when the clause has none), the act as the decree words it, the fine decided (null before the decision) and the
 * remedial measures the provision names (null when none).
 */
public record ChargedAct(
        String decree, int article, int clause, String point, String description, Long fine, String remedialMeasures) {}
