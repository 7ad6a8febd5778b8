/**
 * Page beans of one area. Violation cases: the case list, a case and the deadline board (pages under {@code legal/}),
 * the working-day calendar legal officers count periods with ({@code calendar}), and the legal provisions and
 * violation rules ({@code admin/legal-provisions}, {@code admin/violation-rules}).
 */
package vn.vigil.web.ui.violations;
