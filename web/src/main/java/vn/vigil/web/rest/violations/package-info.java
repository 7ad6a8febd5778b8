/**
 * REST resources of one area. Violation cases with their printed record and sanction decision, the legal provisions
 * and the violation rules.
 */
package vn.vigil.web.rest.violations;
