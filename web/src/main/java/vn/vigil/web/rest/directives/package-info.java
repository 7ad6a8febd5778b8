/** REST resources of the committee's directives, the units' inboxes, the two approvals and the outreach log. */
package vn.vigil.web.rest.directives;
