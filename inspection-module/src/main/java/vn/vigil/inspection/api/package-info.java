/**
 * The inspection module's public face: the registry of high-risk establishments and their business lines, and
 * inspection plans and campaigns with their progress, checklists per business line (versioned: a published version never
 * changes), and the evidence locker of visits (photos and PDFs, fingerprinted, never altered). Other
 * modules and the web layer use only this package; they refer to establishments by id.
 */
package vn.vigil.inspection.api;
