/**
 * Pages of the committee's directives: the standing office's list and directive page (heading, signed PDF, tasks, each
 * unit's standing), a focal point's inbox and task page (reports with figures), the approvals queue, and the outreach
 * log.
 */
package vn.vigil.web.ui.directives;
