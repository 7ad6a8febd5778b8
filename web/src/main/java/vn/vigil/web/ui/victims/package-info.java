/**
 * Page beans of one area. Victim cases: reception, the caseload, a case and its support (pages under {@code victim/}),
 * the support types ({@code support-types}), case assignment and identity protection ({@code admin/victim-cases},
 * {@code admin/identity-reads}).
 */
package vn.vigil.web.ui.victims;
