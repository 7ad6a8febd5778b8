/**
 * Page beans of one area. Support funds: budget lines, funding sources, the queue of support requests, a request and a
 * case's history (pages under {@code finance/}), and the support rates with their approval rules ({@code
 * admin/support-rates}).
 */
package vn.vigil.web.ui.funds;
