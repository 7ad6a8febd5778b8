/**
 * Page beans of one area. The establishment registry: the list, an establishment, its editing and the bulk import (the
 * pages {@code inspection/establishment*}), the business lines and risk weights ({@code admin/business-lines}), and
 * the establishment picker the visit and case pages share.
 */
package vn.vigil.web.ui.registry;
