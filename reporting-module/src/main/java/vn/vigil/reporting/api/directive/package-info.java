/**
 * The committee's directives and what its units answer: a directive (plan, official letter, directive, decision)
 * gives tasks to member departments and commune People's Committees; each unit's focal point acknowledges its tasks,
 * answers with reports carrying the figures asked for, and logs its outreach; the figures pass two approvals (a
 * commune's are reviewed by the responsible department, then the standing office approves them) and are locked once
 * approved. Units are {@code core.department} rows: a commune People's Committee is a department of kind COMMUNE.
 */
package vn.vigil.reporting.api.directive;
