/**
 * Page beans of one area. Inspection planning and visits: plans and campaigns, the schedule, my visits, teams, the
 * visit record with its evidence and follow-ups (the other pages under {@code inspection/}), and the checklist
 * templates ({@code admin/checklists}).
 */
package vn.vigil.web.ui.visits;
