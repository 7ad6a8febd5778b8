/**
 * The inspection module's public face: the registry of high-risk establishments and their business lines,
 * inspection plans and campaigns with their progress, teams and visits, checklists per business line (versioned: a published version never changes) and the
 * evidence locker (photos and PDFs, fingerprinted, never altered), and visit records
 * with their follow-ups; and its violation part (schema {@code violation}): the legal catalogue, the statutory
 * periods and amounts as dated rules, violation cases taken through the sanction workflow, and their numbered documents
 * ({@link vn.vigil.inspection.api.ViolationDocuments}). Other modules and the web layer use only this package; they refer to establishments and
 * visits by id, and may observe the events {@link vn.vigil.inspection.api.VisitViolationsFound} and
 * {@link vn.vigil.inspection.api.TraffickingIndicatorsSeen}, published once after a visit is signed off.
 */
package vn.vigil.inspection.api;
