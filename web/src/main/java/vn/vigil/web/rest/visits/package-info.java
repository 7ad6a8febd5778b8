/**
 * REST resources of one area. Inspection planning and visits: plans, visits, visit records and their PDF, evidence
 * (with the upload size filter), teams, checklists and follow-ups.
 */
package vn.vigil.web.rest.visits;
